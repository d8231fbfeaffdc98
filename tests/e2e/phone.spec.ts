/**
 * The site on a 360 px phone (issue 17): a short header with a working menu,
 * tables that never cut columns off without a sign, a map that lets one finger
 * scroll the page, and keyboard help and tab stops only where they help.
 */
import type { CDPSession, Page } from '@playwright/test';
import { languageIds, languages } from '../../src/i18n/languages.ts';
import { test, expect, browserSamples, openSample, pressTab, scriptsDone } from './support.ts';
import { activateName, pointOf, tabTo } from './map-support.ts';

const phone = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };

/** How each table of the page shows on the screen: it fits, stacks into rows, or scrolls in a box with a cue. */
function tablesOnScreen() {
  return [...document.querySelectorAll('main table')].map((table) => {
    const name = (table.querySelector('caption')?.textContent ?? table.textContent ?? '').trim().slice(0, 50);
    const width = document.documentElement.clientWidth;
    if (getComputedStyle(table).display === 'block') {
      // Stacked: every cell lies within the screen, and each value cell says which column it is.
      const out = [...table.querySelectorAll('th, td')].filter(
        (c) => c.getBoundingClientRect().right > width + 0.5,
      );
      const unlabelled = [...table.querySelectorAll('tbody td')].filter(
        (c) => !(c as HTMLElement).dataset.label,
      );
      return {
        name,
        kind: 'stacked',
        problem: out.length
          ? `${out.length} cells past the screen edge`
          : unlabelled.length
            ? `${unlabelled.length} cells without data-label`
            : '',
      };
    }
    const box = table.closest('.table-scroll') as HTMLElement | null;
    const right = table.getBoundingClientRect().right;
    if (!box)
      return {
        name,
        kind: 'fits',
        problem:
          right > width + 0.5
            ? `runs ${Math.round(right - width)} px past the screen, with no scroll box`
            : '',
      };
    if (box.scrollWidth <= box.clientWidth + 1)
      return {
        name,
        kind: 'fits',
        problem: box.getBoundingClientRect().right > width + 0.5 ? 'its box runs past the screen' : '',
      };
    const cue = box.querySelector(':scope > .scroll-cue');
    const cueShown = cue !== null && cue.checkVisibility() && cue.getBoundingClientRect().width > 0;
    const first = table.querySelector('tbody tr > :first-child');
    const sticky = first !== null && getComputedStyle(first).position === 'sticky';
    const problem = !cueShown
      ? 'scrolls without a visible cue'
      : !sticky
        ? 'scrolls without a sticky first column'
        : box.getBoundingClientRect().right > width + 0.5
          ? 'its box runs past the screen'
          : '';
    return { name, kind: 'scrolls', problem };
  });
}

const samples = browserSamples();

test.describe('on a 360 px phone, and at 320 px', () => {
  test.use(phone);

  // One visit per page: one page of each type (browserSamples) in every language, since words
  // of other lengths and right-to-left text change what fits. Problems are collected, so one
  // run lists them all.
  for (const language of languageIds.filter((id) => samples.some((s) => s.language === id))) {
    test(`${language}: on a page of every type the header is at most 120 px tall, no table cuts its columns off, and nothing scrolls sideways at 320 px`, async ({
      page,
      consoleErrors,
    }) => {
      test.setTimeout(180_000);
      const problems: string[] = [];
      const kinds = new Set<string>();
      for (const s of samples.filter((x) => x.language === language)) {
        await page.setViewportSize(phone.viewport);
        await openSample(page, s, consoleErrors);
        const height = await page
          .locator('header.site-header')
          .evaluate((h) => h.getBoundingClientRect().height);
        if (height > 120) problems.push(`${s.path}: the header is ${Math.round(height)} px tall`);
        if (s.type !== '404')
          for (const t of await page.evaluate(tablesOnScreen)) {
            kinds.add(t.kind);
            if (t.problem) problems.push(`${s.path} "${t.name}": ${t.problem}`);
          }
        // WCAG 1.4.10 Reflow: at 320 CSS px the page reads without scrolling sideways (an Arabic
        // page's overflow would run off to the left); wide tables scroll in their own box.
        await page.setViewportSize({ width: 320, height: phone.viewport.height });
        const [scroll, client] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          document.documentElement.clientWidth,
        ]);
        if (scroll > client) problems.push(`${s.path} (${s.type}) is ${scroll} px wide in ${client} px`);
      }
      expect(problems).toEqual([]);
      // A full language has every page type: it must show both kinds of wide table, or the
      // check proves nothing about them.
      if (languages[language].scope === 'full')
        expect([...kinds], 'tables that stack and tables that scroll').toEqual(
          expect.arrayContaining(['stacked', 'scrolls']),
        );
    });
  }

  test('the header has the search form and a menu that opens and leads to the sections', async ({ page }) => {
    await page.goto('/statistik/');
    const header = page.locator('header.site-header');
    await expect(header.getByRole('searchbox', { name: 'Sök' })).toBeVisible();
    const menu = header.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(menu).toBeHidden();
    await header.getByText('Meny', { exact: true }).click();
    await expect(menu).toBeVisible();
    for (const name of ['Planer', 'Åtgärder', 'Områden', 'Protokoll', 'Dokument', 'Statistik', 'Om Insyn']) {
      const link = menu.getByRole('link', { name, exact: true });
      await expect(link).toBeInViewport();
    }
    await expect(menu.getByRole('link', { name: 'Statistik' })).toHaveAttribute('aria-current', 'page');
    await menu.getByRole('link', { name: 'Planer' }).click();
    await expect(page).toHaveURL(/\/planer\/$/);
  });

  test('a stacked table row reads "label: value" for every column', async ({ page }) => {
    await page.goto('/atgarder/');
    const table = page.locator('main table.stack');
    // The header row is there for screen readers only; each cell carries its column's name.
    expect((await table.locator('thead').boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
    const cell = table.locator('tbody tr').first().locator('td').first();
    const before = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
    expect(before).toContain('Planår och nummer');
  });
});

/** Sends one touch gesture through the browser's input pipeline: fingers down at `from`, moved by (dx, dy) in steps, lifted. */
async function swipe(cdp: CDPSession, from: { x: number; y: number }[], dx: number, dy: number) {
  const at = (t: number) => from.map((p, id) => ({ x: p.x + dx * t, y: p.y + dy * t, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 10; step++)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step / 10) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/**
 * Waits until the page has stopped scrolling: a swipe ends in a fling that keeps moving the page
 * for a while after the fingers lift, and a gesture started during it is taken as part of it.
 * Settled = the same scroll position over ten animation frames in a row.
 */
async function scrollSettled(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = window.scrollY;
        let still = 0;
        const tick = () => {
          if (window.scrollY === last) still++;
          else ((still = 0), (last = window.scrollY));
          if (still >= 10) resolve(last);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

test.describe('the opened map on a phone', () => {
  test.use(phone);
  test.describe.configure({ timeout: 120_000 });

  async function openMap(page: Page) {
    await page.goto('/omraden/skaggetorp/');
    await page.getByRole('button', { name: activateName }).tap();
    await expect(page.locator('insyn-map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await expect(page.locator('insyn-map')).not.toHaveAttribute('data-moving');
  }

  test('one finger scrolls the page, two fingers move the map', async ({ page }) => {
    await openMap(page);
    const map = page.locator('[data-map]');
    // The map fills most of the screen, the way a reader meets it while scrolling.
    await map.evaluate((m) => window.scrollTo(0, m.getBoundingClientRect().top + window.scrollY - 100));
    const box = (await map.boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height * 0.6 };
    const cdp = await page.context().newCDPSession(page);

    const scrolledFrom = await page.evaluate(() => window.scrollY);
    const labelFrom = await pointOf(page, 'skaggetorp');
    await swipe(cdp, [centre], 0, -200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledFrom + 100);
    const labelAfter = await pointOf(page, 'skaggetorp');
    expect(
      Math.hypot(labelAfter.x - labelFrom.x, labelAfter.y - labelFrom.y),
      'the map did not move under one finger',
    ).toBeLessThan(2);

    // Two fingers drag the map itself (and the page stays where it is). The first swipe's fling
    // must have ended first, or it would still be moving the page during the second gesture.
    await scrollSettled(page);
    await map.evaluate((m) => window.scrollTo(0, m.getBoundingClientRect().top + window.scrollY - 100));
    const still = await scrollSettled(page);
    const box2 = (await map.boundingBox())!;
    const mid = { x: box2.x + box2.width / 2, y: box2.y + box2.height / 2 };
    await swipe(
      cdp,
      [
        { x: mid.x - 40, y: mid.y },
        { x: mid.x + 40, y: mid.y },
      ],
      -100,
      0,
    );
    await expect(page.locator('insyn-map')).not.toHaveAttribute('data-moving');
    await expect.poll(async () => (await pointOf(page, 'skaggetorp')).x).toBeLessThan(labelAfter.x - 50);
    expect(await page.evaluate(() => window.scrollY)).toBe(still);
  });

  test('Återställ brings back the first view, Stäng kartan brings back the picture', async ({ page }) => {
    await openMap(page);
    const start = await pointOf(page, 'skaggetorp');
    await page.locator('[data-map] canvas').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(page.locator('insyn-map')).not.toHaveAttribute('data-moving');
    await expect.poll(async () => (await pointOf(page, 'skaggetorp')).x).toBeLessThan(start.x - 50);

    const reset = page.getByRole('button', { name: /^Återställ/ });
    await expect(reset).toBeVisible();
    await reset.tap();
    await expect
      .poll(async () => {
        const p = await pointOf(page, 'skaggetorp');
        return Math.hypot(p.x - start.x, p.y - start.y);
      })
      .toBeLessThan(3);

    const close = page.getByRole('button', { name: 'Stäng kartan' });
    await expect(close).toBeVisible();
    await close.tap();
    await expect(page.locator('insyn-map')).toHaveAttribute('data-state', 'picture');
    await expect(page.locator('[data-map-picture]')).toBeVisible();
    await expect(page.locator('[data-map] canvas')).toHaveCount(0);
    const activate = page.getByRole('button', { name: activateName });
    await expect(activate).toBeVisible();
    await expect(activate).toBeFocused();
    await expect(close).toBeHidden();
    // And it opens again.
    await activate.tap();
    await expect(page.locator('insyn-map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  });

  test('the boundary caveat sits on the map, and a legend explains its shades, with the picture and with the opened map', async ({
    page,
  }) => {
    await page.goto('/omraden/skaggetorp/');
    const frame = page.locator('insyn-map .frame');
    const legend = page.getByRole('group', { name: 'Teckenförklaring' });
    const check = async () => {
      const caveat = frame.getByText(
        'Gränserna är Lantmäteriets registreringsdistrikt, inte kommunens stadsdelar.',
      );
      await expect(caveat).toBeVisible();
      const f = (await frame.boundingBox())!;
      const c = (await caveat.boundingBox())!;
      expect(c.y >= f.y && c.y + c.height <= f.y + f.height, 'caveat inside the map frame').toBe(true);
      for (const text of [
        'Linköpings kommun',
        'Tätorten Linköping',
        'Skäggetorp, området som sidan handlar om (mörkare)',
        'De andra områdena (ljusare)',
      ]) {
        await expect(legend.getByText(text)).toBeVisible();
      }
    };
    await check();
    await page.getByRole('button', { name: activateName }).tap();
    await expect(page.locator('insyn-map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await check();
    await frame.getByRole('link', { name: 'Mer om gränserna' }).tap();
    await expect(page.locator('#kartans-granser')).toBeInViewport();
  });
});

test.describe('keyboard', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the map keyboard help is hidden until the map or its button has keyboard focus', async ({ page }) => {
    await page.goto('/omraden/ryd/');
    const keys = page.locator('[data-map-keys]');
    const button = page.getByRole('button', { name: activateName });
    await expect(button).toBeVisible();
    await expect(keys).toBeHidden();
    // A mouse visitor who opens the map never sees it.
    await button.click();
    await expect(page.locator('insyn-map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await expect(keys).toBeHidden();

    // A keyboard visitor sees it on the button, and on the map after Enter.
    await page.goto('/omraden/ryd/');
    await tabTo(page, button);
    await expect(button).toBeFocused();
    await expect(keys).toBeVisible();
    await expect(keys).toHaveText(/^Med tangentbord: tryck på knappen/);
    await expect(button).toHaveAccessibleDescription(/^Med tangentbord/);
    await page.keyboard.press('Enter');
    await expect(page.locator('insyn-map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await expect(keys).toBeVisible();
    await expect(keys).toHaveText(/^Med tangentbord: flytta kartan/);
    // Focus elsewhere: gone again.
    await page.getByRole('navigation', { name: 'Områdena' }).getByRole('link', { name: 'Berga' }).focus();
    await expect(keys).toBeHidden();
  });

  for (const path of ['/', '/statistik/']) {
    test(`${path}: Tab skips the numbers of a data table but reaches every source link`, async ({ page }) => {
      await page.goto(path);
      await scriptsDone(page);
      // Mark every link in the charts' tables and source lines, log every focus, then Tab through the page.
      const { expected, stops } = await page.evaluate(() => {
        const links = [...document.querySelectorAll('figure.chart')].flatMap((f) => [
          ...f.querySelectorAll<HTMLElement>('a[href]'),
        ]);
        links.forEach((a, i) => (a.dataset.src = String(i)));
        const w = window as unknown as { tabLog: { src: string | null; num: boolean; text: string }[] };
        w.tabLog = [];
        document.addEventListener('focusin', () => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return;
          w.tabLog.push({
            src: el.dataset.src ?? null,
            num: el.closest('td.num') !== null,
            text: (el.textContent ?? '').trim().slice(0, 30),
          });
        });
        return {
          expected: links.length,
          stops: document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')
            .length,
        };
      });
      expect(expected).toBeGreaterThan(0);
      await pressTab(page, stops + 3);
      const log = await page.evaluate(
        () => (window as unknown as { tabLog: { src: string | null; num: boolean; text: string }[] }).tabLog,
      );
      const numbers = log.filter((f) => f.num).map((f) => f.text);
      const reached = new Set(log.flatMap((f) => (f.src ? [f.src] : [])));
      expect(numbers, 'numbers that take a tab stop').toEqual([]);
      expect(reached.size, 'source links reached by Tab').toBe(expected);
    });
  }
});
