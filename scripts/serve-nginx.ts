/**
 * `npm run serve:nginx`: serves the last build through nginx with the generated rules
 * (<dist>-nginx/insyn.conf), the way the public site is served: headers, precompressed files,
 * 301s and the 404 page. Without root, in the foreground (Ctrl-C stops it), on
 * 127.0.0.1:$PORT (default 8080); pid, logs and temp files in a fresh temp directory.
 * NGINX (binary, default /usr/sbin/nginx or nginx on PATH) and NGINX_BROTLI_MODULE
 * (default Debian's /usr/lib/nginx/modules/ngx_http_brotli_static_module.so) override the defaults.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxLocalConf } from './lib/serving/nginx.ts';

export const DEFAULT_PORT = 8080;
const dist = resolve(process.env.DIST_DIR ?? 'dist');
const siteConf = `${dist.replace(/\/+$/, '')}-nginx/insyn.conf`;
const port = Number(process.env.PORT ?? DEFAULT_PORT);
const nginx = process.env.NGINX ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
const debianBrotli = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const brotliModule = process.env.NGINX_BROTLI_MODULE ?? (existsSync(debianBrotli) ? debianBrotli : undefined);

function fail(message: string): never {
  console.error(`serve:nginx: ${message}`);
  process.exit(1);
}
if (!Number.isInteger(port) || port < 1 || port > 65535)
  fail(`PORT must be a port number, got "${process.env.PORT}"`);
if (!existsSync(join(dist, 'index.html')) || !existsSync(siteConf))
  fail(`no built site with nginx rules at ${dist} (run npm run build first)`);
if (!brotliModule)
  fail(
    `nginx's brotli_static module was not found at ${debianBrotli} (Debian: apt-get install libnginx-mod-http-brotli-static), or set NGINX_BROTLI_MODULE`,
  );

const prefix = mkdtempSync(join(tmpdir(), 'insyn-nginx-'));
// Readable by nginx's worker user when started as root (workers then run as nobody).
chmodSync(prefix, 0o755);
const conf = join(prefix, 'nginx.conf');
writeFileSync(conf, nginxLocalConf({ prefix, root: dist, siteConf, port, brotliModule }));

console.log(`serve:nginx: ${dist} at http://127.0.0.1:${port}/ (config ${conf})`);
const child = spawn(nginx, ['-p', prefix, '-c', conf, '-e', 'stderr'], { stdio: 'inherit' });
const stop = () => child.kill('SIGQUIT'); // graceful: finish open requests, then exit
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code, signal) => {
  rmSync(prefix, { recursive: true, force: true });
  process.exit(code ?? (signal ? 0 : 1));
});
child.on('error', (err) => fail(`could not start ${nginx}: ${err.message}`));
