/**
 * What happened between the plans (issue 15): a measure's one timeline with
 * each item's label in words as its source allows (issue 22), somebody's word
 * labelled with who says it, an inferred tie
 * shown as likely, other decisions apart from the plans' measures, series
 * over years, and corrections on their page, on /rattelser/ and in the feed.
 */
import { test, expect } from './support.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { buildSite } from '../../src/lib/site/build-site.ts';
import { measureTimeline } from '../../src/lib/measure/timeline.ts';
import { sv } from '../../src/i18n/sv/index.ts';

const site = buildSite(loadContent(process.env.INSYN_CONTENT_DIR ?? 'content').snapshot);

test("the area teams' timeline runs in date order from the 2021 plan to the 2024 reader letter, each item with its kind in words", async ({
  page,
}) => {
  await page.goto('/atgarder/omradesteam/');
  const items = page.locator('#tidslinje ~ ol > li, section:has(#tidslinje) ol.timeline-items > li');
  const dates = await items
    .locator('.head time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates.length).toBeGreaterThanOrEqual(7);
  expect(dates).toEqual([...dates].sort());
  expect(dates[0]).toBe('2020-12-02'); // the 2021 plan, decided in December 2020
  expect(dates.at(-1)).toBe('2024-04-02'); // the reader letter
  const kinds = await items.locator('.kind').allInnerTexts();
  const words = kinds.map((k) => k.replace(/^\S+\s/, '').trim());
  expect(words[0]).toBe('Plan');
  // The labels come from the sources' kinds: the municipality's news tells; the majority's release, a
  // machine-translated SVT story and a reader letter are told as their publishers' words.
  expect(words).toEqual(
    expect.arrayContaining([
      'Kommunen berättar',
      'Enligt majoriteten (Allians för Linköping)',
      'Enligt Teller Report (maskinöversättning av SVT)',
      'Enligt en insändare av tre fältarbetare i Corren',
      'Uppföljning',
    ]),
  );
  expect(words).not.toContain('Beslut');
  // The order matches the pure function that builds it.
  const measure = site.measureById.get('omradesteam')!;
  expect(await items.evaluateAll((ls) => ls.map((l) => l.id))).toEqual(
    measureTimeline(site, measure).map((i) => i.anchor),
  );
});

test('the seven posts cut is labelled with who says it: a reader letter, not a fact', async ({ page }) => {
  await page.goto('/atgarder/omradesteam/');
  const claim = page.locator('li#insandare-2024-04-02');
  await expect(claim.locator('.kind')).toHaveText(/Enligt en insändare av tre fältarbetare i Corren/);
  await expect(claim).toContainText('sju tjänster');
  // The legend says what "Enligt …" means, in words (one tap away: each item names its kind).
  await page.getByRole('heading', { name: sv.timeline.legend }).click();
  await expect(page.getByRole('definition').filter({ hasText: 'inte en fastställd' })).toBeVisible();
});

test('the kulturskola page shows the fee decision as the party website tells it, likely part of the measure, and says why', async ({
  page,
}) => {
  await page.goto('/atgarder/kulturskolan-for-fler/');
  const decision = page.locator('li#taxa-2023-02-16');
  // Known only from a party's website: never "Beslut", always whose word it is.
  await expect(decision.locator('.kind')).toHaveText(/Enligt Socialdemokraternas webbplats/);
  await expect(decision).not.toContainText('Beslut av kultur- och fritidsnämnden');
  await expect(decision.locator('time')).toHaveAttribute('datetime', '2023-02-16');
  await expect(decision.locator('.inferred')).toContainText('Troligen en del av åtgärden, men inte säkert.');
  await expect(decision.locator('.inferred')).toContainText('Källan nämner inte åtgärden');
});

test('the Skäggetorp page lists other decisions apart from the measures, each anchored and not claimed for the plan', async ({
  page,
}) => {
  await page.goto('/omraden/skaggetorp/');
  // "Beslut och händelser": the newest first, the rest one tap away ("Visa N till"), sources numbered at the end.
  const section = page.getByRole('region', { name: sv.district.page.doneMaybe('Skäggetorp') });
  await expect(section).toBeVisible();
  await section.locator('details.show-more > summary').click();
  for (const id of [
    'nara-socialtjanst-skaggetorp',
    'nara-socialtjanst-fyra-omraden',
    'skaggetorp-skolorganisation',
    'medborgarlofte-skaggetorp',
  ]) {
    const article = section.locator(`article:has(h3#beslut-${id})`);
    await expect(article).toBeVisible();
    await expect(article).toContainText('Inte känt som en del av åtgärdsplanen.');
    // Its source one tap away: the marker "[n]" leads to the section's list item for it.
    const marker = article.getByRole('link', { name: /^Källa \d+$/ }).first();
    await expect(marker).toBeVisible();
    const target = (await marker.getAttribute('href'))!.slice(1);
    await expect(section.locator(`li[id="${target}"]`)).toHaveCount(1);
  }
  // The date heads the list item, beside the label its source allows.
  await expect(
    section.locator('li:has(> article #beslut-nara-socialtjanst-fyra-omraden) > .head'),
  ).toContainText('21 juni 2023');
  // Separate from the plans' measures: not inside the measure section.
  await expect(page.locator('section:has(#atgarder) h3[id^="beslut-"]')).toHaveCount(0);
});

test("the Skäggetorp page shows the police classification over the years, with each year's source and gaps as gaps", async ({
  page,
}) => {
  await page.goto('/omraden/skaggetorp/');
  // The strip shows every year; the table with each year's source is one tap away.
  await page.getByText(sv.series.details).click();
  const table = page.getByRole('table', { name: 'Polisens lista över utsatta områden' });
  const years = await table
    .locator('tbody th time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  expect(years).toEqual(['2016', '2019', '2025']);
  await expect(table.locator('tbody tr')).toHaveCount(3);
  for (const row of await table.locator('tbody tr').all())
    await expect(row.getByRole('link', { name: /^Källa \d+$/ })).toHaveCount(1);
  const strip = page.getByRole('list', { name: 'Polisens lista över utsatta områden, år för år' });
  await expect(strip.locator('li')).toHaveCount(10); // 2016–2025
  await expect(strip.locator('li[data-gap]')).toHaveCount(7);
  await expect(strip.locator('li').filter({ hasText: '2017' })).toContainText('ingen uppgift');
  // Unemployment: the police-area figure is a series of its own that names its other area unit,
  // and says whose figure it is (a newspaper's: enligt Arbetet).
  const police = page.locator('#serie-arbetsloshet-polisens-omrade');
  await expect(police).toContainText(sv.indicators.areaUnits['polisens-omrade']);
  await expect(police.locator('[data-stance="attributed"]').first()).toContainText(
    sv.evidence.inline('Arbetet'),
  );
});

test('a correction shows beside its fact, on /rattelser/ and in the site feed', async ({ page, request }) => {
  const correction = site.corrections[0];
  test.skip(!correction, 'no corrections in this content');
  await page.goto(`${correction.data.page}#${correction.data.fact}`);
  const mark = page.locator(`#${correction.data.fact} .corrected a`);
  await expect(mark).toHaveText(/^Rättad \d+ \S+ \d{4}$/);
  await expect(mark).toHaveAttribute('href', `/rattelser/#${correction.id}`);
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`/rattelser/#${correction.id}$`));
  const entry = page.locator(`li#${correction.id}`);
  await expect(entry).toContainText(correction.data.subject);
  await expect(entry).toContainText('Vad som var fel');
  await expect(entry).toContainText('Vad som är rätt');
  const feed = await (await request.get('/flode.xml')).text();
  expect(feed).toContain(`<title>Rättelse: ${correction.data.subject}</title>`);
  expect(feed).toContain(`/rattelser/#${correction.id}</link>`);
});

test('events are in the site feed with the label their source allows in the title, and the policy is on the method page', async ({
  page,
  request,
}) => {
  const feed = await (await request.get('/flode.xml')).text();
  expect(feed).toContain(
    '<title>Enligt en insändare av tre fältarbetare i Corren (händelse): Bilda områdesteam</title>',
  );
  expect(feed).toContain(
    '<title>Enligt Socialdemokraternas webbplats (händelse): Öppna upp kulturskolan för fler</title>',
  );
  const skaggetorp = await (await request.get('/flode/skaggetorp.xml')).text();
  expect(skaggetorp).toContain('/atgarder/omradesteam/#insandare-2024-04-02');
  await page.goto('/om/');
  const policy = page.locator('#rattelser');
  await expect(policy).toHaveText('Rättelser');
  await expect(page.getByRole('link', { name: 'Rättelser' }).first()).toBeVisible();
});
