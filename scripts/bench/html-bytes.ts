/**
 * Where a page's HTML bytes go: for one page per type and language, its raw, gzip and brotli
 * size (the build's levels), and for each kind of markup that repeats on every page or every
 * fact, its raw bytes and what it costs compressed (the page's brotli size with it minus
 * without it). Kinds overlap (a citation's scope attributes count in both rows).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotli, gzip, levelOf } from '../lib/serving/precompress.ts';
import { samplePages, type SamplePage } from '../lib/built-pages.ts';

/** Each kind of markup, found by a pattern over the built HTML (Astro's output, always the same shape). */
export const kinds: { name: string; pattern: RegExp }[] = [
  { name: 'scope attributes (data-astro-cid-*)', pattern: / data-astro-cid-[a-z0-9]+(="true")?/g },
  {
    name: 'citations (Cite.astro)',
    pattern:
      /<span class="cite-wrap"[^>]*>[\s\S]*?<span class="report no-print"[^>]*>[\s\S]*?<\/a><\/span><\/span>/g,
  },
  {
    name: '… their "Rapportera fel" links',
    pattern: /<span class="report no-print"[^>]*>[\s\S]*?<\/a><\/span>/g,
  },
  { name: '<head>', pattern: /<head>[\s\S]*?<\/head>/g },
  { name: '… hreflang alternates', pattern: /<link rel="alternate" hreflang=[^>]*>/g },
  { name: '… CSP <meta>', pattern: /<meta http-equiv="content-security-policy"[^>]*>/g },
  { name: '… Open Graph, Twitter', pattern: /<meta (property="og:|name="twitter:)[^>]*>/g },
  { name: 'header with language menu', pattern: /<header class="site-header"[\s\S]*?<\/header>/g },
  { name: 'footer', pattern: /<footer[\s\S]*?<\/footer>/g },
  { name: 'inline scripts', pattern: /<script[\s\S]*?<\/script>/g },
  { name: 'inline SVG (map picture, icons)', pattern: /<svg[\s\S]*?<\/svg>/g },
  { name: 'chart and map data (data-spec, data-places)', pattern: / data-(spec|places)="[^"]*"/g },
];

export interface PageBytes {
  page: SamplePage;
  raw: number;
  gz: number;
  br: number;
  /** per kind: raw bytes and brotli bytes it costs */
  kinds: { raw: number; br: number }[];
}

export function htmlBytes(dist: string, languages = ['sv', 'ar']): PageBytes[] {
  return samplePages(dist)
    .filter((p) => languages.includes(p.language))
    .map((page) => {
      const file = join(dist, page.path, 'index.html');
      const html = readFileSync(file, 'utf8');
      const level = levelOf(file, Buffer.byteLength(html));
      const br = (text: string) => brotli(Buffer.from(text), level.brotli).length;
      const whole = br(html);
      return {
        page,
        raw: Buffer.byteLength(html),
        gz: gzip(Buffer.from(html), level.gzip).length,
        br: whole,
        kinds: kinds.map(({ pattern }) => {
          const found = html.match(pattern) ?? [];
          const raw = found.reduce((n, m) => n + Buffer.byteLength(m), 0);
          return { raw, br: raw ? whole - br(html.replace(pattern, '')) : 0 };
        }),
      };
    });
}
