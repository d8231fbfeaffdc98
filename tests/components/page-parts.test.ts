/**
 * The parts pages are built from, rendered with Astro's Container API on the fixture site:
 * the one strip (StatusStrip and YearStrip draw through it), the section with its heading,
 * the easy-read section and answer lines, and the glossary entry.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import StatusStrip from '../../src/components/measure/StatusStrip.astro';
import YearStrip from '../../src/components/district/YearStrip.astro';
import PageSection from '../../src/components/layout/PageSection.astro';
import EasySection from '../../src/components/lattlast/EasySection.astro';
import AnswerLines from '../../src/components/lattlast/AnswerLines.astro';
import GlossaryEntry from '../../src/components/glossary/GlossaryEntry.astro';
import { dictOf } from '../../src/i18n/index.ts';
import { timeline } from '../../src/lib/measure/measures.ts';
import { contextAt, site } from '../support/fixture-context.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

type Component = Parameters<AstroContainer['renderToString']>[0];
/** The component's HTML on the page at `path`, without the scoped-style attributes (data-astro-cid-…). */
const render = async (component: Component, path: string, props: Record<string, unknown>, slot?: string) =>
  (
    await container.renderToString(component, {
      props,
      slots: slot === undefined ? undefined : { default: slot },
      locals: { page: contextAt(path) },
      request: new Request(new URL(path, 'https://insyn.example.se')),
    })
  ).replace(/ data-astro-cid-[a-z0-9]+/g, '');
/** The <li> cells of a strip, in order. */
const cells = (html: string) => [...html.matchAll(/<li [^>]*>[\s\S]*?<\/li>/g)].map((m) => m[0]);

describe('StatusStrip (a measure’s status per plan year)', () => {
  const measure = site.measureById.get('fixtur-laxhjalp')!;
  test('one cell per plan year, each linking to its year on the page, a status with its word', async () => {
    const html = await render(StatusStrip, '/atgarder/fixtur-laxhjalp/', { rows: timeline(site, measure) });
    const strip = html.slice(0, html.indexOf('</ol>'));
    expect(cells(strip)).toHaveLength(site.plans.length);
    expect(strip).toContain(`aria-label="${dictOf('sv').strip.label}"`);
    expect(strip).toMatch(/<li data-look="fill" data-status="genomford"[^>]*>\s*<a href="#ar-2023">/);
    expect(strip).toContain('Genomförd');
  });
  test('a year whose plan list Insyn lacks is a gap, never a status; the legend explains only what is shown', async () => {
    const html = await render(StatusStrip, '/atgarder/fixtur-laxhjalp/', { rows: timeline(site, measure) });
    expect(html).toMatch(/<li data-look="gap" data-status="unlisted" data-gap="true">\s*<a href="#ar-2021">/);
    const legend = html.slice(html.indexOf('data-strip-legend'));
    expect(legend).toContain(dictOf('sv').strip.legend.unlisted);
    expect(legend).not.toContain(dictOf('sv').strip.legend.absent);
  });
});

describe('YearStrip (a district’s series per calendar year)', () => {
  const cells2 = [
    { year: 2019, entries: [{ year: '2019', text: 'Särskilt utsatt område', uncertain: false }] },
    { year: 2020, entries: [] },
    { year: 2021, entries: [{ year: '2021', text: '12,5 %', uncertain: true }] },
  ];
  test('a year with a value shows it (an uncertain one says so); a year no source gives says "ingen uppgift"', async () => {
    const sv = dictOf('sv');
    const html = await render(YearStrip, '/omraden/berga/', { label: 'Polisens lista', cells: cells2 });
    expect(html).toContain(`aria-label="${sv.series.stripLabel('Polisens lista')}"`);
    const [y2019, y2020, y2021] = cells(html);
    expect(y2019).toMatch(/data-look="value"[\s\S]*Särskilt utsatt område/);
    expect(y2020).toMatch(/data-look="gap"[^>]*data-gap="true"[\s\S]*ingen uppgift/);
    expect(y2021).toContain(`<small> (${sv.confidence.low.toLowerCase()})</small>`);
    expect(html).not.toContain('data-strip-legend');
  });
});

describe('sections', () => {
  test('PageSection: the heading names the section and is its anchor', async () => {
    const html = await render(
      PageSection,
      '/planer/2022/',
      { id: 'atgarder', heading: 'Åtgärder' },
      '<p>x</p>',
    );
    expect(html).toMatch(
      /^<section aria-labelledby="atgarder"[^>]*>\s*<h2 id="atgarder"[^>]*>Åtgärder<\/h2>\s*<p>x<\/p>/,
    );
  });
  test('EasySection: its lines, each a paragraph, before the rest', async () => {
    const html = await render(
      EasySection,
      '/lattlast/',
      { id: 'kallor', heading: 'Källor', lines: ['En.', 'Två.'] },
      '<p>Sist.</p>',
    );
    expect(html).toMatch(/<h2 id="kallor"[^>]*>Källor<\/h2>[\s\S]*En\.[\s\S]*Två\.[\s\S]*Sist\./);
  });
  test('AnswerLines: the first line leads, the slot follows it, every line keeps its key', async () => {
    const lines = [
      { key: 'count', text: 'Planen har 60 åtgärder.' },
      { key: 'word', text: 'En åtgärd är något kommunen gör.' },
    ];
    const html = await render(AnswerLines, '/lattlast/planer/2022/', { lines, lead: true }, '<a>källa</a>');
    expect(html).toMatch(
      /<p class="first" data-line="count"[^>]*>\s*Planen har 60 åtgärder\.\s*<\/p>\s*<a>källa<\/a>\s*<p data-line="word"/,
    );
    const plain = await render(AnswerLines, '/lattlast/planer/2022/', { lines });
    expect(plain).not.toContain('class="first"');
    expect(plain.match(/data-line=/g)).toHaveLength(2);
  });
  test('GlossaryEntry: the word as <dfn> under its anchor, then its explanation', async () => {
    const html = (
      await container.renderToString(GlossaryEntry, {
        props: { id: 'atgard' },
        slots: { term: 'Åtgärd', default: 'Något kommunen gör.' },
        locals: { page: contextAt('/ordlista/') },
      })
    ).replace(/ data-astro-cid-[a-z0-9]+/g, '');
    expect(html).toMatch(
      /<div class="entry" id="atgard"[^>]*>\s*<dt[^>]*>\s*<dfn[^>]*>Åtgärd<\/dfn>\s*<\/dt>\s*<dd[^>]*>\s*Något kommunen gör\.\s*<\/dd>/,
    );
  });
});
