/** The Chromium the bench drives: the same rule as playwright.config.ts. */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright's browsers are not installed.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** A path Lighthouse can start (it needs a real file, not Playwright's default lookup). */
export function chromiumFile(): string {
  return chromiumPath() ?? chromium.executablePath();
}

export function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
