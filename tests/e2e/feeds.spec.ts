import type { Page } from '@playwright/test';
import { test, expect } from './support.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { belongsTo, feedItems, feedLanguage } from '../../src/lib/feed/items.ts';

const site = buildSite(loadContent(process.env.INSYN_CONTENT_DIR ?? 'content').snapshot);
const expected = feedItems(site, feedLanguage('sv', site));

interface ParsedItem {
  title: string;
  link: string;
  guid: string;
  pubDate: string | null;
}

/** Fetches a feed and parses it with the browser's XML parser (which reports any well-formedness error). */
async function readFeed(page: Page, path: string) {
  // Any page of the site will do for fetching: open one only the first time.
  if (page.url() === 'about:blank') await page.goto('/rattelser/');
  return page.evaluate(async (p) => {
    const res = await fetch(p);
    const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const text = (el: Element, tag: string) => el.getElementsByTagName(tag)[0]?.textContent ?? null;
    return {
      status: res.status,
      error,
      root: doc.documentElement.nodeName,
      title: text(doc.documentElement, 'title'),
      self: doc.getElementsByTagName('atom:link')[0]?.getAttribute('href') ?? null,
      items: [...doc.getElementsByTagName('item')].map((i) => ({
        title: text(i, 'title')!,
        link: text(i, 'link')!,
        guid: text(i, 'guid')!,
        pubDate: text(i, 'pubDate'),
      })),
    };
  }, path);
}

const path = (link: string) => {
  const u = new URL(link);
  return `${u.pathname}${u.hash}`;
};

test('the site feed is well-formed RSS with every expected item, newest first, linking to pages that exist', async ({
  page,
  request,
}) => {
  const feed = await readFeed(page, '/flode.xml');
  expect(feed.status).toBe(200);
  expect(feed.error).toBeNull();
  expect(feed.root).toBe('rss');
  expect(feed.self).toMatch(/\/flode\.xml$/);
  expect(feed.items.map((i: ParsedItem) => [i.title, path(i.link)])).toEqual(
    expected.map((i) => [i.title, i.link]),
  );
  const times = feed.items
    .map((i: ParsedItem) => (i.pubDate ? Date.parse(i.pubDate) : null))
    .filter((t): t is number => t !== null);
  expect(times).toEqual([...times].sort((a, b) => b - a));
  expect(new Set(feed.items.map((i: ParsedItem) => i.guid)).size, 'every guid is unique').toBe(
    feed.items.length,
  );
  for (const item of feed.items as ParsedItem[]) {
    const u = new URL(item.link);
    const html = await (await request.get(u.pathname)).text();
    if (u.hash) expect(html, `${item.link} has its anchor`).toContain(`id="${u.hash.slice(1)}"`);
  }
});

test("a district feed holds only that district's items: the notes naming it and the plan-wide items", async ({
  page,
}) => {
  for (const d of site.districts) {
    const feed = await readFeed(page, `/flode/${d.id}.xml`);
    expect(feed.error).toBeNull();
    expect(feed.title).toContain(d.data.name);
    const links = feed.items.map((i: ParsedItem) => path(i.link));
    expect(links).toEqual(expected.filter((i) => belongsTo(i, d.id)).map((i) => i.link));
    const notNaming = site.notes
      .filter((n) => !n.note.districts.includes(d.id))
      .map((n) => `/protokoll/${n.meeting.id}/#${n.note.id}`);
    for (const link of notNaming) expect(links, `${d.id} feed leaves out ${link}`).not.toContain(link);
  }
  const ryd = await readFeed(page, '/flode/ryd.xml');
  expect(
    ryd.items
      .filter((i: ParsedItem) => i.title.startsWith('Protokollsanteckning'))
      .map((i: ParsedItem) => path(i.link)),
  ).toEqual(['/protokoll/ks-2023-02-14-31/#anteckning-mp']);
});

test('pages announce the site feed, and a district page its own feed too', async ({ page }) => {
  await page.goto('/omraden/ryd/');
  const alternates = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(alternates).toHaveCount(2);
  expect(await alternates.evaluateAll((ls) => ls.map((l) => l.getAttribute('href')))).toEqual([
    '/flode.xml',
    '/flode/ryd.xml',
  ]);
  await page.goto('/planer/');
  await expect(alternates).toHaveCount(1);
});
