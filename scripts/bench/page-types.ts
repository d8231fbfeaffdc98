/**
 * One built page per page type, picked from the build output (never a hand list
 * of ids): a type whose pages do not exist (yet) is simply absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../lib/built-pages.ts';

export const pageTypes = [
  'home',
  'plan',
  'measure',
  'meeting',
  'document',
  'district',
  'statistics',
  'search',
] as const;
export type PageType = (typeof pageTypes)[number];

const patterns: Record<PageType, RegExp> = {
  home: /^\/$/,
  plan: /^\/planer\/\d{4}\/$/,
  measure: /^\/atgarder\/[^/]+\/$/,
  meeting: /^\/protokoll\/[^/]+\/$/,
  document: /^\/dokument\/[^/]+\/$/,
  district: /^\/omraden\/[^/]+\/$/,
  statistics: /^\/statistik\/$/,
  search: /^\/sok\/$/,
};

export { builtPages };

export function htmlOf(dist: string, path: string): string {
  const file = join(dist, path, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/** Pages whose markup holds an interactive map (the <insyn-map> element). */
export function isMapPage(dist: string, path: string): boolean {
  return /<insyn-map[\s>]/.test(htmlOf(dist, path));
}

/**
 * The page measured for each type: the first in URL order, except measures (the
 * largest page, the one with most history) and districts (a page with a map if any).
 */
export function pickPages(dist: string): Map<PageType, string> {
  const pages = builtPages(dist);
  const picked = new Map<PageType, string>();
  for (const type of pageTypes) {
    let candidates = pages.filter((p) => patterns[type].test(p));
    if (type === 'district') {
      const withMap = candidates.filter((p) => isMapPage(dist, p));
      if (withMap.length) candidates = withMap;
    }
    if (type === 'measure') candidates.sort((a, b) => htmlOf(dist, b).length - htmlOf(dist, a).length);
    if (candidates[0]) picked.set(type, candidates[0]);
  }
  return picked;
}
