import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium, findNginx, requireAll } from '../../scripts/lib/system-parts.ts';
import { tempDir } from './support/temp-dir.ts';

/** Runs `f` with environment variables set (undefined: unset), then puts them back. */
function withEnv<T>(vars: Record<string, string | undefined>, f: () => T): T {
  const before = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const set = (v: Record<string, string | undefined>) => {
    for (const [k, value] of Object.entries(v))
      if (value === undefined) delete process.env[k];
      else process.env[k] = value;
  };
  set(vars);
  try {
    return f();
  } finally {
    set(before);
  }
}

test('a missing nginx or brotli module is reported with how to get it', () => {
  const [nginx, brotli] = withEnv(
    { NGINX: '/nowhere/nginx', NGINX_BROTLI_MODULE: '/nowhere/brotli.so' },
    () => findNginx(),
  );
  assert.equal(nginx.path, undefined);
  assert.match(nginx.hint, /apt-get install nginx/);
  assert.equal(brotli.path, undefined);
  assert.match(brotli.hint, /libnginx-mod-http-brotli-static/);
});

test('nginx named without a path is looked for on PATH; found parts give their path', () => {
  const dir = tempDir('insyn-parts-');
  const module = join(dir, 'brotli.so');
  writeFileSync(join(dir, 'my-nginx'), '');
  writeFileSync(module, '');
  const [nginx, brotli] = withEnv({ NGINX: 'my-nginx', NGINX_BROTLI_MODULE: module, PATH: dir }, () =>
    findNginx(),
  );
  assert.equal(nginx.path, join(dir, 'my-nginx'));
  assert.equal(brotli.path, module);
  rmSync(dir, { recursive: true, force: true });
});

test('CHROMIUM_PATH wins, and a path that does not exist is a missing Chromium', () => {
  const chromium = withEnv({ CHROMIUM_PATH: '/nowhere/chromium' }, () => findChromium());
  assert.equal(chromium.path, undefined);
  assert.equal(chromium.launchPath, '/nowhere/chromium');
  assert.match(chromium.hint, /npx playwright install chromium/);
});

test('only INSYN_TEST_REQUIRE_ALL=1 makes the parts required', () => {
  assert.equal(
    withEnv({ INSYN_TEST_REQUIRE_ALL: '1' }, () => requireAll()),
    true,
  );
  assert.equal(
    withEnv({ INSYN_TEST_REQUIRE_ALL: undefined }, () => requireAll()),
    false,
  );
});
