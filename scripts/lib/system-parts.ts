/**
 * The programs the tests need besides the npm packages, where each is looked for, and what
 * to do when one is missing: Chromium for the browser tests, nginx with its brotli_static
 * module for the server tests (tests/e2e/server.nginx.spec.ts). One place for
 * playwright.config.ts and `npm test` (scripts/test.ts), which runs what it can without them
 * and says in one line what is missing, unless INSYN_TEST_REQUIRE_ALL=1 (CI, .ci/run) makes
 * them required.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from '@playwright/test';

export interface Part {
  name: string;
  /** where it was found; undefined when missing */
  path: string | undefined;
  /** one line: how to get it */
  hint: string;
}

/** Whether a missing part fails the run (CI) instead of leaving its tests out. */
export const requireAll = () => process.env.INSYN_TEST_REQUIRE_ALL === '1';

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const file = join(dir, name);
    if (dir && existsSync(file)) return file;
  }
  return undefined;
}

/**
 * The Chromium to drive: an explicit CHROMIUM_PATH first, then Playwright's own browser when
 * installed (laptops), else Debian's /usr/bin/chromium (this project's machines, where
 * Playwright cannot download browsers). `launchPath` is undefined for Playwright's own.
 */
export function findChromium(): Part & { launchPath: string | undefined } {
  const hint =
    'Debian/Ubuntu: sudo apt-get install chromium; elsewhere: npx playwright install chromium; or set CHROMIUM_PATH';
  if (process.env.CHROMIUM_PATH)
    return {
      name: 'Chromium',
      path: existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined,
      launchPath: process.env.CHROMIUM_PATH,
      hint,
    };
  try {
    const own = chromium.executablePath();
    if (existsSync(own)) return { name: 'Chromium', path: own, launchPath: undefined, hint };
  } catch {
    // Playwright's browsers are not installed.
  }
  const debian = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  return { name: 'Chromium', path: debian, launchPath: debian, hint };
}

/** nginx (NGINX, /usr/sbin/nginx or on PATH) and its brotli_static module, as scripts/serve-nginx.ts looks for them. */
export function findNginx(): Part[] {
  const named = process.env.NGINX;
  const nginx = named
    ? named.includes('/')
      ? named
      : onPath(named)
    : existsSync('/usr/sbin/nginx')
      ? '/usr/sbin/nginx'
      : onPath('nginx');
  const debianBrotli = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
  const brotli = process.env.NGINX_BROTLI_MODULE ?? (existsSync(debianBrotli) ? debianBrotli : undefined);
  return [
    {
      name: 'nginx',
      path: nginx && existsSync(nginx) ? nginx : undefined,
      hint: 'Debian/Ubuntu: sudo apt-get install nginx libnginx-mod-http-brotli-static; or set NGINX',
    },
    {
      name: "nginx's brotli_static module",
      path: brotli && existsSync(brotli) ? brotli : undefined,
      hint: 'Debian/Ubuntu: sudo apt-get install libnginx-mod-http-brotli-static; or set NGINX_BROTLI_MODULE',
    },
  ];
}
