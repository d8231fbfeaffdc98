/**
 * Issue 17, "Answers first": each page answers its reader's question at the top, and no
 * label claims more than its source (whose words a text is, planned vs got, caveats travel).
 */
import { expect, test } from './support.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';

const content = loadContent('content').snapshot;
const PHONE = { width: 360, height: 640 };

test.describe('three untruths stay fixed', () => {
  test("wording from a party's protocol note is labelled as that note, never as the municipality's own text", async ({
    page,
  }) => {
    for (const path of ['/atgarder/kulturskolan-for-fler/', '/atgarder/forskola-fler-barn/']) {
      await page.goto(path);
      await expect(page.locator('main')).not.toContainText('Kommunens egen text');
      await expect(page.locator('main')).toContainText(
        'Uppgifterna om åtgärden kommer ur Vänsterpartiets protokollsanteckning.',
      );
    }
    await page.goto('/atgarder/kulturskolan-for-fler/');
    await expect(page.locator('#ar-2023 [data-wording-origin]')).toHaveText(
      '(citat ur Vänsterpartiets protokollsanteckning)',
    );
    // …and no page at all says it: site.files.spec.ts reads every built page.
  });

  test('the statistics page says the 2018 application planned shares, not that an area got them', async ({
    page,
  }) => {
    await page.goto('/statistik/');
    const figure = page.locator('figure.chart', {
      has: page.locator('caption', { hasText: 'Finansieringsintervall per verksamhetsområde i ansökan' }),
    });
    const summary = figure.locator('figcaption');
    await expect(summary).toContainText('Ansökan planerade störst andel för Skola');
    await expect(summary).not.toContainText('Störst andel fick');
  });

  // Every page that lists a low-confidence measure shows its caveat: site.files.spec.ts, in every language.
});

test.describe('district pages lead with the answer', () => {
  for (const district of content.districts) {
    test(`/omraden/${district.id}/ answers before the map, starting above the fold on a phone`, async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await page.goto(`/omraden/${district.id}/`);
      const answer = page.getByRole('region', { name: `Det här vet vi om arbetet i ${district.data.name}` });
      await expect(answer).toBeVisible();
      const top = (await answer.boundingBox())!.y;
      expect(top, 'the answer starts above the fold').toBeLessThan(PHONE.height - 100);
      const before = await page.evaluate(() => {
        const a = document.querySelector('[data-district-answer]');
        const map = document.querySelector('insyn-map');
        return Boolean(a && map && a.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(before, 'the answer comes before the map').toBe(true);
    });
  }

  test('the Skäggetorp answer says what is documented, what happened (attributed), and what is unknown, once', async ({
    page,
  }) => {
    await page.goto('/omraden/skaggetorp/');
    const answer = page.locator('[data-district-answer]');
    await expect(answer.locator('[data-answer="measures"]')).toContainText(
      'Insyn känner till 3 åtgärder som nämner Skäggetorp',
    );
    await expect(answer.locator('[data-answer="event"]').first()).toContainText('enligt ');
    await expect(answer.locator('[data-answer="follow-up"]')).toContainText(
      'Enligt uppföljningen av planen 2022 är 15 genomförda, 39 pågående och 6 inte genomförda av planens 60 åtgärder.',
    );
    await expect(answer.locator('[data-answer="unlisted"]')).toHaveCount(1);
    // Unknowns are said in a sentence, not cell by cell.
    await expect(page.locator('main td', { hasText: 'Okänt om den finns i planen' })).toHaveCount(0);
  });
});

test('a measure page says what is known at the top, and its year strip has a legend', async ({ page }) => {
  await page.goto('/atgarder/omradesteam/');
  const answer = page.locator('[data-measure-answer]');
  await expect(answer.locator('[data-answer="status"]')).toHaveText(
    'Ingen uppföljning som Insyn har anger någon status för åtgärden.',
  );
  // The latest event is a reader letter's word: told in its author's name, never as a status;
  // its text is told once, in the timeline the answer links to.
  const event = answer.locator('[data-answer="event"]');
  await expect(event).toContainText(
    'Senast kända händelse (2 april 2024), enligt en insändare av tre fältarbetare i Corren.',
  );
  const more = event.getByRole('link', { name: 'Läs mer i tidslinjen' });
  const target = (await more.getAttribute('href'))!;
  await expect(page.locator(`.timeline-items > li${target}`)).toContainText('sju tjänster');
  await expect(event).not.toContainText('sju tjänster');
  // Its source is a numbered marker leading to the answer's list, with the list's one report link.
  const marker = event.locator('a.ref');
  await expect(marker).toHaveText('[1]');
  const id = (await marker.getAttribute('href'))!.slice(1);
  await expect(answer.locator(`[data-source-notes="svar"] li[id="${id}"]`)).toHaveCount(1);
  await expect(answer.locator('p .cite-wrap')).toHaveCount(0);
  const legend = page.locator('[data-strip-legend]');
  await expect(legend).toContainText('Ingen källa anger status det året');
  await expect(legend).toContainText('Planens lista saknas hos Insyn');
});

test('plans: the documented share is words without a bar, and the follow-up counts are above the fold on a phone', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/planer/2022/');
  const lead = page.locator('[data-follow-up-lead]');
  await expect(lead).toContainText('15 genomförda, 39 pågående och 6 inte genomförda av planens 60 åtgärder');
  const box = (await lead.locator('strong').boundingBox())!;
  expect(box.y + box.height, 'the counts end above the fold').toBeLessThanOrEqual(PHONE.height);
  await expect(page.locator('.completeness')).toContainText('Insyn känner till 1 av planens 60 åtgärder.');
  await expect(page.locator('.completeness .bar')).toHaveCount(0);
  await page.goto('/');
  await expect(page.locator('.completeness .bar')).toHaveCount(0);
});

test('the year chart marks a year without data as "ingen uppgift" in its table and its drawing', async ({
  page,
}) => {
  await page.goto('/');
  const chart = page.locator('insyn-chart').first();
  const spec = JSON.parse((await chart.getAttribute('data-spec')) ?? '{}');
  expect(spec.emptyLabel).toBe('ingen uppgift');
  const row = page.locator('tr[data-row="2024"]');
  await expect(row.locator('td[data-status="genomford"]')).toHaveText('ingen uppgift');
  await expect(row.locator('td[data-status="total"]')).toHaveText('ingen uppgift');
});

test.describe('minutes: every note and decision can be linked to and cited', () => {
  for (const meeting of content.meetings) {
    test(`/protokoll/${meeting.id}/: each note and decision has a visible anchor link and a citation block`, async ({
      page,
    }) => {
      await page.goto(`/protokoll/${meeting.id}/`);
      const anchors = meeting.data.items.flatMap((i) =>
        i.kind === 'note' ? [i.id] : i.kind === 'decision' ? [`beslut-${i.number}`] : [],
      );
      expect(anchors.length).toBeGreaterThan(0);
      for (const id of anchors) {
        await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
        const block = page.locator(`[data-cite-item="${id}"]`);
        await expect(block.locator(`a[href="#${id}"]`), id).toBeVisible();
        await block.locator('summary').click();
        const text = block.locator(`#referens-${id}`);
        await expect(text).toBeVisible();
        await expect(text).toContainText(`/protokoll/${meeting.id}/#${id}`);
        await expect(text).toContainText(`§ ${meeting.data.paragraph}`);
        await expect(text).not.toContainText('kontrollerad');
      }
    });
  }

  test("copying V's note takes two clicks and dates the copy with the day of copying", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/protokoll/ks-2023-02-14-31/');
    const block = page.locator('[data-cite-item="anteckning-v"]');
    await block.getByText('Citera').click();
    await block.getByRole('button', { name: 'Kopiera referensen' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const today = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric' }).format(
      new Date(),
    );
    // A whole note's citation names its paragraphs, from its first to its closing quotation mark.
    expect(copied).toMatch(
      /^Sofia Frithioff \(V\), protokollsanteckning, Kommunstyrelsen 14 februari 2023 § 31 \(KS 2023-02-14 § 31, s\. \d+–\d+, st\. 27–37\)\. Insyn: https?:\/\/\S+\/protokoll\/ks-2023-02-14-31\/#anteckning-v/,
    );
    // what was copied is what the box shows, with the day of copying after it
    const shown = (await block.locator('#referens-anteckning-v').textContent())?.trim() ?? '';
    expect(shown).toContain('st. 27–37');
    expect(copied.startsWith(shown)).toBe(true);
    expect(copied).toContain(`(hämtad ${today}).`);
    expect(copied).not.toContain('senast kontrollerad');
  });
});

// The first use of a glossary word on each page links to its entry: site.files.spec.ts, on every page.

test('the glossary page explains every term and the status words, each with an anchor', async ({ page }) => {
  await page.goto('/ordlista/');
  for (const t of content.glossary) await expect(page.locator(`[id="${t.id}"] dfn`)).toHaveText(t.data.term);
  for (const s of content.statuses)
    await expect(page.locator(`[id="${s.id}"]`)).toContainText(s.data.description);
});
