/**
 * How tall the pages a resident reads on a phone are: each district, measure and minutes page
 * (and the easy-read twins) at 360 px wide, per language, against issue 24's targets
 * (Skäggetorp ≤ 8,000 px, the other districts ≤ 6,000 px, a measure page ≤ 4,000 px). The
 * tallest page of each type is reported, so one long page cannot hide behind a short one.
 */
import type { Browser } from 'playwright-core';
import { languageIds, languageOfPath, languages, unlocalizePath } from '../../src/i18n/languages.ts';

/** The page types measured, by their Swedish path, and the height each must stay within at 360 px. */
export const heightTargets: { type: string; pattern: RegExp; target: (path: string) => number | null }[] = [
  { type: 'home', pattern: /^\/$/, target: () => null },
  {
    type: 'district',
    pattern: /^\/omraden\/[^/]+\/$/,
    target: (p) => (p.includes('skaggetorp') ? 8000 : 6000),
  },
  { type: 'measure', pattern: /^\/atgarder\/[^/]+\/$/, target: () => 4000 },
  { type: 'minutes', pattern: /^\/protokoll\/[^/]+\/$/, target: () => null },
];

export interface Height {
  path: string;
  type: string;
  language: string;
  height: number;
  target: number | null;
}

/** Each page's full height at 360 × 800 CSS px (the layout height the document scrolls). */
export async function pageHeights(browser: Browser, base: string, pages: string[]): Promise<Height[]> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  const out: Height[] = [];
  try {
    for (const path of pages) {
      const sv = unlocalizePath(path);
      const kind = heightTargets.find((k) => k.pattern.test(sv));
      if (!kind) continue;
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      out.push({
        path,
        type: kind.type,
        language: languageOfPath(path),
        height,
        target: kind.target(sv),
      });
    }
  } finally {
    await context.close();
  }
  return out;
}

/** One row per page type and language: the tallest page, its height and whether each page is within its target. */
export function heightRows(heights: Height[]): string[][] {
  const langs = languageIds.filter((id) => languages[id].scope !== 'short');
  const rows: string[][] = [];
  for (const { type } of heightTargets)
    for (const language of langs) {
      const hs = heights.filter((h) => h.type === type && h.language === language);
      if (hs.length === 0) continue;
      const tallest = hs.reduce((a, b) => (b.height > a.height ? b : a));
      const targeted = hs.filter((h) => h.target !== null);
      const over = targeted.filter((h) => h.height > h.target!);
      rows.push([
        type,
        language,
        String(hs.length),
        `${tallest.height.toLocaleString('en')} px (${tallest.path})`,
        targeted.length ? hs.map((h) => `${h.path.split('/').at(-2)} ${h.height}`).join(', ') : '',
        targeted.length ? (over.length ? `over: ${over.map((h) => h.path).join(' ')}` : 'yes') : '',
      ]);
    }
  return rows;
}
