/**
 * Trust on every built page of every language (issue 22), read from dist/ in Node: no label
 * claims more than its sources allow. A timeline item or an easy-read event labelled "Beslut",
 * "Kommunen berättar" or "Ur handlingen" (and their English and Arabic words) rests on a source
 * that may state it; "Beslutat av" stands only on a decision its source may state; "Säker
 * uppgift" only on a measure the plan, follow-up or decision itself names; no "kontrollerad"
 * date is the build date; every modelled disagreement shows every account, on every page that
 * shows it. The labels' words come from the dictionaries, so a new language is checked too.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { dictOf } from '../../src/i18n/index.ts';
import { lattlast } from '../../src/i18n/lattlast/index.ts';
import { languages, localizePath, type LanguageId } from '../../src/i18n/languages.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { measureCertainty } from '../../src/lib/sources/evidence.ts';
import { conflictAnchor } from '../../src/lib/sources/conflicts.ts';
import { decisionsFor } from '../../src/lib/district/decisions.ts';
import { contentText } from '../../src/lib/text/content-text.ts';
import { districtPath, measurePath } from '../../src/lib/urls/paths.ts';
import { contentPages, dist } from './built-site.ts';
import { closest, elements, texts, textOf, type Element } from './html-tree.ts';

const site = buildSite(loadContent(process.env.INSYN_CONTENT_DIR ?? 'content').snapshot);

/** Source kinds that may state a decision or an action without attribution (an authority: its own acts). */
const STATING = new Set(['record', 'municipal-news', 'authority']);

const words = (id: LanguageId) => (id === 'lattlast' ? lattlast.evidence : dictOf(id).evidence);
/** The strong labels of a language: what only the acting body's record or the municipality's news may carry. */
const strongLabels = (id: LanguageId): string[] => {
  const l = words(id).labels;
  return [l.decision, l.municipality, l.record];
};
const sourceKinds = (el: Element) =>
  // a citation's wrapper (span), a paragraph, or a section's numbered marker "[1]" (a)
  [...elements(el, 'span', 'p', 'a')].flatMap((e) =>
    e.attrs['data-source-kind'] ? [e.attrs['data-source-kind']] : [],
  );
const classes = (el: Element) => (el.attrs.class ?? '').split(/\s+/);

test('no timeline item or easy-read event carries "Beslut", "Kommunen berättar" or "Ur handlingen" on a source that may not state it', () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const page of contentPages()) {
    const strong = strongLabels(page.language);
    // The standard timeline: the label is the item's .kind; its sources are its citations.
    for (const li of elements(page.tree, 'li')) {
      const kind = li.attrs['data-kind'];
      if (kind === undefined || ['plan', 'follow-up', 'note'].includes(kind)) continue;
      const badge = [...elements(li, 'span')].find((s) => classes(s).includes('kind'));
      if (!badge) continue;
      checked++;
      const label = textOf(badge)
        .replace(/^\S+\s/, '')
        .trim();
      const kinds = sourceKinds(li);
      if (strong.includes(label) && !kinds.some((k) => STATING.has(k)))
        wrong.push(`${page.path}#${li.attrs.id}: "${label}" on ${kinds.join(', ')}`);
    }
    // The easy-read events: the label follows the date; data-stance says whose word it is.
    for (const li of elements(page.tree, 'li')) {
      const stance = li.attrs['data-stance'];
      if (!stance || !classes(li).includes('event')) continue;
      checked++;
      const when = [...elements(li, 'p')].find((p) => classes(p).includes('when'));
      const label = when ? textOf(when).split(': ').slice(1).join(': ').trim() : '';
      const kinds = sourceKinds(li);
      if (strong.includes(label) && (stance !== 'stated' || !kinds.some((k) => STATING.has(k))))
        wrong.push(`${page.path}: easy-read "${label}" on ${stance} ${kinds.join(', ')}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(checked).toBeGreaterThan(20);
});

test('"Beslutat av" stands only on a related decision that its source may state, in every language', () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const page of contentPages()) {
    if (page.language === 'lattlast' || languages[page.language].scope !== 'full') continue;
    const decidedBy = dictOf(page.language).evidence.body.decision;
    for (const article of elements(page.tree, 'article')) {
      const dt = [...elements(article, 'dt')].map(textOf).map((x) => x.trim());
      if (!dt.length) continue;
      checked++;
      const summary = [...elements(article, 'p')].find((p) => p.attrs['data-stance']);
      const stance = summary?.attrs['data-stance'];
      const kinds = summary ? sourceKinds(summary) : [];
      if (dt.includes(decidedBy) && (stance !== 'stated' || !kinds.some((k) => STATING.has(k))))
        wrong.push(`${page.path}: "${decidedBy}" on ${stance} ${kinds.join(', ')}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(checked).toBeGreaterThan(5);
});

test('"Säker uppgift" only where the plan, follow-up or decision itself names the measure', () => {
  const wrong: string[] = [];
  for (const page of contentPages()) {
    if (page.language === 'lattlast' || languages[page.language].scope !== 'full') continue;
    const high = dictOf(page.language).evidence.certainty.high;
    for (const t of texts(page.tree)) {
      if (!t.text.includes(high)) continue;
      const marked = closest(t, (el) => el.attrs['data-certainty'] !== undefined);
      const id =
        marked?.attrs['data-measure'] ??
        /\/atgarder\/([a-z0-9-]+)\/$/.exec(page.path.replace(/^\/(en|ar)/, ''))?.[1];
      const measure = id ? site.measureById.get(id) : undefined;
      const c = measure && measureCertainty(site, measure);
      if (
        marked?.attrs['data-certainty'] !== 'high' ||
        !c ||
        c.level !== 'high' ||
        !c.sources.some((s) => s.kind === 'record')
      )
        wrong.push(`${page.path}: "${high}" for ${id ?? 'no measure'}`);
    }
  }
  expect(wrong).toEqual([]);
});

test('no page shows a "kontrollerad" date that is the build date, or any checked date content does not give', () => {
  const built = statSync(join(dist, 'index.html')).mtime.toISOString().slice(0, 10);
  const given = new Set(site.references.flatMap((r) => (r.data.checkedOn ? [r.data.checkedOn] : [])));
  const wrong: string[] = [];
  for (const page of contentPages()) {
    if (page.html.includes('senast kontrollerad')) wrong.push(`${page.path}: "senast kontrollerad"`);
    if (languages[page.language].scope === 'short') continue;
    const checkedWord = dictOf(page.language).evidence.checked('').trim();
    for (const time of elements(page.tree, 'time')) {
      if (!checkedWord || !textOf(time).includes(checkedWord)) continue;
      const date = time.attrs.datetime ?? '';
      if (date === built || !given.has(date)) wrong.push(`${page.path}: ${textOf(time)} (${date})`);
    }
  }
  expect(wrong).toEqual([]);
});

test('every modelled disagreement shows all its accounts, side by side, on every page and language that shows it', () => {
  const pages = new Map(contentPages().map((p) => [p.path, p]));
  const cases = [
    ...site.measures.flatMap((m) => m.data.conflicts.map((c) => ({ c, paths: [measurePath(m.id)] }))),
    ...site.decisions.flatMap((d) =>
      d.data.conflicts.map((c) => ({
        c,
        paths: site.districts
          .filter((x) => decisionsFor(site, x.id).includes(d))
          .map((x) => districtPath(x.id)),
      })),
    ),
  ];
  expect(cases.length).toBeGreaterThanOrEqual(3);
  const wrong: string[] = [];
  for (const { c, paths } of cases)
    for (const id of ['sv', 'en', 'ar'] as const)
      for (const path of paths.map((p) => localizePath(id, p))) {
        const page = pages.get(path);
        const box =
          page && [...elements(page.tree, 'div')].find((el) => el.attrs.id === conflictAnchor(c.id));
        if (!box) {
          wrong.push(`${path}: no #${conflictAnchor(c.id)}`);
          continue;
        }
        if (!textOf(box).includes(dictOf(id).evidence.conflict.heading)) wrong.push(`${path}: no heading`);
        const accounts = [...elements(box, 'li')].filter((li) => li.attrs['data-account'] !== undefined);
        if (accounts.length !== c.accounts.length)
          wrong.push(`${path}: ${accounts.length} of ${c.accounts.length} accounts`);
        for (const a of c.accounts) {
          const value = contentText(site, languages[id].lang, a.value);
          if (!accounts.some((li) => textOf(li).includes(value))) wrong.push(`${path}: "${value}" missing`);
        }
      }
  expect(wrong).toEqual([]);
});

test("every numbered source marker leads to its item in its own section's list of sources, on every page", () => {
  const wrong: string[] = [];
  let checked = 0;
  for (const page of contentPages()) {
    const byId = new Map([...elements(page.tree)].flatMap((el) => (el.attrs.id ? [[el.attrs.id, el]] : [])));
    const lists = [...elements(page.tree)].filter((el) => el.attrs['data-source-notes'] !== undefined);
    const within = (el: Element, root: Element) => closest(el, (a) => a === root) !== null;
    for (const marker of elements(page.tree, 'a')) {
      if (!classes(marker).includes('ref')) continue;
      checked++;
      const id = (marker.attrs.href ?? '').replace(/^#/, '');
      const item = byId.get(id);
      const list = item && closest(item, (el) => el.attrs['data-source-notes'] !== undefined);
      // the marker's section: its nearest ancestor that holds a list of sources
      const section = closest(marker, (el) => lists.some((l) => within(l, el)));
      if (!item || item.name !== 'li' || !list)
        wrong.push(`${page.path}: ${marker.attrs.href} is no source item`);
      else if (
        !section ||
        !within(list, section) ||
        (closest(marker, (el) => 'data-district-answer' in el.attrs) ?? list) !==
          (closest(list, (el) => 'data-district-answer' in el.attrs) ?? list)
      )
        wrong.push(`${page.path}: ${marker.attrs.href} is in another section's list`);
    }
  }
  expect(wrong).toEqual([]);
  expect(checked).toBeGreaterThan(100);
});
