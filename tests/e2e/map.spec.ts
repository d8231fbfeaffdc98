import { inflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './support.ts';
import { axeViolations } from './axe.ts';
import { activateName, pointOf, tabTo } from './map-support.ts';

// MapLibre on SwiftShader shares two cores with everything else on CI: give map tests room.
test.describe.configure({ timeout: 120_000 });

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are) into RGBA pixels. */
function decodePng(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, colourType, , , interlace] = png.subarray(24, 29);
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0)
    throw new Error(`unexpected PNG: depth ${depth}, colour type ${colourType}`);
  const channels = colourType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? cur[i - channels] : 0;
      const b = prev[i];
      const c = i >= channels ? prev[i - channels] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      cur[i] = (line[i] + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      out.set(
        [
          cur[x * channels],
          cur[x * channels + 1],
          cur[x * channels + 2],
          channels === 4 ? cur[x * channels + 3] : 255,
        ],
        (y * width + x) * 4,
      );
    }
    prev = cur;
  }
  return { width, height, pixels: out };
}

const hex = (s: string) => [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16));
const near = (a: ArrayLike<number>, b: number[], tolerance = 12) =>
  b.every((v, i) => Math.abs(a[i] - v) <= tolerance);

/** Asks for the movable map, as a visitor does with the button, and waits until MapLibre has drawn it. */
async function mapReady(page: Page) {
  await page.getByRole('button', { name: activateName }).click();
  // SwiftShader on a shared CI core can take several seconds to draw the first frame.
  await expect(page.locator('insyn-map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
}

/** Where each district's label sits in the build-time picture, relative to the map frame's corner. */
async function pictureLabels(page: Page) {
  return page.locator('[data-map-picture]').evaluate((picture) => {
    const frame = picture.getBoundingClientRect();
    return Object.fromEntries(
      [...picture.querySelectorAll('.label')].map((label) => {
        const r = label.getBoundingClientRect();
        return [
          label.textContent,
          { x: r.left + r.width / 2 - frame.left, y: r.top + r.height / 2 - frame.top },
        ];
      }),
    );
  });
}

test('a map page first shows the map as a picture: every district drawn and named, no MapLibre loaded', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/omraden/');
  await page.waitForLoadState('networkidle');
  const picture = page.locator('[data-map-picture]');
  await expect(picture).toBeVisible();
  for (const id of ['berga', 'ryd', 'skaggetorp']) {
    const box = await picture.locator(`a[data-id="${id}"] path`).boundingBox();
    expect(box?.width, `${id}: drawn with a width`).toBeGreaterThan(20);
    expect(box?.height, `${id}: drawn with a height`).toBeGreaterThan(20);
  }
  expect(Object.keys(await pictureLabels(page)).sort()).toEqual(['Berga', 'Ryd', 'Skäggetorp']);
  await expect(page.getByRole('button', { name: activateName })).toBeVisible();
  expect(requested.filter((p) => /maplibre|map-view|\/geo\//.test(p))).toEqual([]);
});

test('the map picture is not mirrored on an Arabic page: each district sits where it does on the Swedish page', async ({
  page,
}) => {
  const positions = async (path: string) => {
    await page.goto(path);
    const picture = page.locator('[data-map-picture]');
    const frame = (await picture.boundingBox())!;
    const out: Record<string, number> = {};
    for (const id of ['berga', 'ryd', 'skaggetorp']) {
      const box = (await picture.locator(`a[data-id="${id}"] path`).boundingBox())!;
      out[id] = Math.round(((box.x + box.width / 2 - frame.x) / frame.width) * 100);
    }
    return out;
  };
  const sv = await positions('/omraden/');
  expect(sv.ryd, 'Ryd lies west of Berga').toBeLessThan(sv.berga);
  expect(await positions('/ar/omraden/')).toEqual(sv);
});

test('clicking a district in the picture opens its page', async ({ page }) => {
  await page.goto('/omraden/');
  const { x, y } = (await pictureLabels(page))['Skäggetorp'];
  // The label lets clicks through to the shape under it.
  await page.locator('[data-map-picture]').click({ position: { x, y } });
  await expect(page).toHaveURL(/\/omraden\/skaggetorp\/$/);
});

/*
 * Opening the movable map is the slow part of a map test (MapLibre drawing with SwiftShader):
 * what can be seen on one opened map of /omraden/ is checked on it, one step per check, so a
 * failure still names its check. Following a district link (the last step) leaves the page.
 */
test('the movable map on /omraden/: it opens on the view of the picture, draws real pixels, passes axe, names a district on hover, and the list lights it up and follows it', async ({
  page,
}, testInfo) => {
  await page.goto('/omraden/');
  const before = await pictureLabels(page);
  await mapReady(page);

  await test.step('it opens on the view of the picture, with the names where the picture had them', async () => {
    await expect(page.locator('[data-map-picture]')).toBeHidden();
    for (const [name, id] of [
      ['Berga', 'berga'],
      ['Ryd', 'ryd'],
      ['Skäggetorp', 'skaggetorp'],
    ] as const) {
      const after = await pointOf(page, id);
      expect(
        Math.hypot(after.x - before[name].x, after.y - before[name].y),
        `${name}: label moved (px)`,
      ).toBeLessThan(25);
    }
  });

  await test.step('it draws the districts on their context with real pixels', async () => {
    const canvas = page.locator('insyn-map canvas');
    const png = await canvas.screenshot({ path: testInfo.outputPath('overview.png') });
    const { width, height, pixels } = decodePng(png);
    const colours = new Set<number>();
    let blank = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
      if (pixels[i] > 250 && pixels[i + 1] > 250 && pixels[i + 2] > 250) blank++;
    }
    expect(colours.size, 'distinct colours on the canvas').toBeGreaterThan(20);
    expect(blank / (width * height), 'share of white pixels').toBeLessThan(0.9);
    // Each district is filled with its token colour at 30 % over the municipality or the urban area.
    for (const id of ['berga', 'ryd', 'skaggetorp']) {
      const token = hex(
        await page
          .locator('insyn-map')
          .evaluate((el, id) => getComputedStyle(el).getPropertyValue(`--district-${id}`).trim(), id),
      );
      const blends = ['#fbfbf8', '#e4e2dc'].map((under) =>
        hex(under).map((u, i) => Math.round(0.3 * token[i] + 0.7 * u)),
      );
      const { x, y } = await pointOf(page, id);
      const around = [-20, 20].flatMap((dx) =>
        [-14, 14].map((dy) => (Math.round(y + dy) * width + Math.round(x + dx)) * 4),
      );
      const matches = around.filter((at) => blends.some((b) => near(pixels.subarray(at, at + 3), b)));
      expect(matches.length, `${id}: pixels around its label in its colour`).toBeGreaterThan(0);
    }
  });

  await test.step('it passes axe (WCAG 2.1 AA) with the movable map loaded', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  await test.step('hovering a district shows its name and number of measures', async () => {
    const { x, y } = await pointOf(page, 'skaggetorp');
    await page.locator('insyn-map canvas').hover({ position: { x, y } });
    await expect(page.locator('[data-map-tip]')).toBeVisible();
    await expect(page.locator('[data-map-tip]')).toHaveText(/^Skäggetorp: \d+ åtgärd(er)?$/);
  });

  await test.step('the list mirrors the map: focusing a district link lights it up, Enter follows it', async () => {
    const list = page.getByRole('navigation', { name: 'Områdena' });
    await list.getByRole('link', { name: 'Berga' }).focus();
    await expect(page.locator('[data-map-tip]')).toHaveText(/^Berga: \d+ åtgärd(er)?$/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/omraden\/berga\/$/);
  });
});

test('clicking a district shape opens its page', async ({ page }) => {
  await page.goto('/omraden/');
  await mapReady(page);
  const { x, y } = await pointOf(page, 'ryd');
  await page.locator('insyn-map canvas').click({ position: { x, y } });
  await expect(page).toHaveURL(/\/omraden\/ryd\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ryd');
});

test('the map works by keyboard: the button loads it, arrow keys pan, Enter opens the district at the centre', async ({
  page,
}) => {
  await page.goto('/omraden/ryd/');
  const button = page.getByRole('button', { name: activateName });
  await tabTo(page, button);
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('insyn-map')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
  // The button is gone; the focus is on the map itself.
  const canvas = page.getByRole('region', { name: 'Karta över områdena i Linköpings kommun' });
  await expect(canvas).toBeFocused();
  await expect(button).toBeHidden();
  // The keyboard hint no longer tells the reader to press a button that is gone.
  await expect(page.locator('[data-map-keys]')).toHaveText(
    /^Med tangentbord: flytta kartan med piltangenterna/,
  );
  const status = page.locator('[data-map-status]');
  await expect(status).toHaveText(/^Ryd: \d+ åtgärd(er)?\. Tryck Enter/);

  // Pan east with the arrow key until the centre leaves Ryd: the map moves and the announcement follows.
  // Each press waits for its ease to end, as a pressing user would see it: MapLibre shortens an ease
  // interrupted by the next key, so rapid presses on a loaded CI core do not add up to the same distance.
  const host = page.locator('insyn-map');
  const centre = () =>
    host.evaluate(
      (el) => (el as HTMLElement & { pointOf(id: string): { x: number } | null }).pointOf('ryd')!.x,
    );
  const pan = async (key: string) => {
    const from = await centre();
    await page.keyboard.press(key);
    await expect.poll(centre).not.toBe(from);
    await expect(host).not.toHaveAttribute('data-moving');
  };
  const before = await centre();
  for (let i = 0; i < 6; i++) await pan('ArrowRight');
  expect(await centre()).toBeLessThan(before - 200);
  await expect(status).not.toHaveText(/^Ryd:/);

  // Back west until the announcement says Ryd again (as many presses as it took to leave), then Enter opens it.
  for (let i = 0; i < 6 && !/^Ryd: /.test((await status.textContent()) ?? ''); i++) await pan('ArrowLeft');
  await expect(status).toHaveText(/^Ryd: /);
  // The page is Ryd's own, so the URL alone cannot show that Enter did anything: wait for the navigation.
  const navigated = page.waitForEvent('framenavigated', (frame) => frame === page.mainFrame());
  await page.keyboard.press('Enter');
  await navigated;
  await expect(page).toHaveURL(/\/omraden\/ryd\/$/);
});

test('the list mirrors the picture: hovering or focusing a district link lights up its shape', async ({
  page,
}) => {
  await page.goto('/omraden/');
  const list = page.getByRole('navigation', { name: 'Områdena' });
  const shape = page.locator('[data-map-picture] a[data-id="ryd"]');
  await expect(shape).not.toHaveClass(/\bactive\b/);
  await list.getByRole('link', { name: 'Ryd' }).focus();
  await expect(shape).toHaveClass(/\bactive\b/);
  await list.getByRole('link', { name: 'Berga' }).hover();
  await expect(page.locator('[data-map-picture] a[data-id="berga"]')).toHaveClass(/\bactive\b/);
  await list.getByRole('link', { name: 'Ryd' }).blur();
  await expect(shape).not.toHaveClass(/\bactive\b/);
});

test('without WebGL the picture and the list stay, and a message says the map cannot be moved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      return type.startsWith('webgl')
        ? null
        : (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof original;
  });
  const scripts: string[] = [];
  page.on('request', (r) => scripts.push(r.url()));
  await page.goto('/omraden/');
  await expect(page.getByText('Kartan går inte att flytta eller zooma i den här webbläsaren.')).toBeVisible();
  await expect(page.locator('[data-map-picture]')).toBeVisible();
  await expect(page.getByRole('button', { name: activateName })).toBeHidden();
  for (const name of ['Berga', 'Ryd', 'Skäggetorp'])
    await expect(
      page.getByRole('navigation', { name: 'Områdena' }).getByRole('link', { name }),
    ).toBeVisible();
  expect(scripts.filter((u) => /map-view|maplibre/.test(u))).toEqual([]);
});

test('without JavaScript the map is a picture beside a plain list of links with counts', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/omraden/');
  const list = page.getByRole('navigation', { name: 'Områdena' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').filter({ hasText: 'Skäggetorp' })).toContainText(
    /\d+ åtgärd(er)? som nämner området/,
  );
  await expect(page.locator('[data-map-picture]')).toBeVisible();
  expect(Object.keys(await pictureLabels(page)).sort()).toEqual(['Berga', 'Ryd', 'Skäggetorp']);
  // Nothing that needs a script: no button, no keyboard help for it, no message.
  await expect(page.getByRole('button', { name: activateName })).toBeHidden();
  await expect(page.getByText('Med tangentbord: tryck på knappen')).toBeHidden();
  await expect(page.getByText('Kartan går inte att flytta')).toBeHidden();
  await context.close();
});

test('a map page loads maplibre when asked, a page without a map loads none of it', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/omraden/');
  await page.waitForLoadState('networkidle');
  expect(
    requested.some((p) => p.includes('map-view')),
    'before the button: no map module',
  ).toBe(false);
  await mapReady(page);
  expect(
    requested.some((p) => p.includes('map-view')),
    'after the button: the map module',
  ).toBe(true);

  requested.length = 0;
  await page.goto('/planer/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => /maplibre|map-view|\/geo\//.test(p))).toEqual([]);
  // Nor does any script it loads contain MapLibre's code.
  for (const path of requested.filter((p) => p.endsWith('.js'))) {
    const body = await (await page.request.get(path)).text();
    expect(body, path).not.toContain('maplibre');
  }
  expect(
    await page.evaluate(() => document.querySelector('link[href*="maplibre"], script[src*="map-view"]')),
  ).toBeNull();
});

test('a district page passes axe (WCAG 2.1 AA) with the movable map loaded (/omraden/: above)', async ({
  page,
}) => {
  await page.goto('/omraden/skaggetorp/');
  await mapReady(page);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('the map on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('every control is at least 44 × 44 px, and how to move the map stands under it, covering no label or legend', async ({
    page,
  }) => {
    await page.goto('/omraden/skaggetorp/');
    const activate = page.getByRole('button', { name: activateName });
    const first = (await activate.boundingBox())!;
    expect(first.width).toBeGreaterThanOrEqual(44);
    expect(first.height).toBeGreaterThanOrEqual(44);
    await mapReady(page);
    const small = await page.locator('insyn-map').evaluate((map) =>
      [...map.querySelectorAll<HTMLElement>('button')]
        .filter((b) => b.offsetParent !== null)
        .map((b) => ({
          name: b.getAttribute('aria-label') ?? b.textContent?.trim(),
          box: b.getBoundingClientRect(),
        }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ name, box }) => `${name}: ${Math.round(box.width)} × ${Math.round(box.height)}`),
    );
    expect(small).toEqual([]);
    // MapLibre's own gesture message (a screen over the whole map, labels and all) never shows;
    // the same advice is a line under the map, clear of the legend.
    await expect(page.locator('.maplibregl-cooperative-gesture-screen')).toBeHidden();
    const line = page.locator('[data-map-gestures]');
    await expect(line).toBeVisible();
    await expect(line).not.toBeEmpty();
    const [lineBox, mapBox, legendBox] = await Promise.all(
      [line, page.locator('insyn-map .map'), page.locator('insyn-map figcaption')].map(
        async (l) => (await l.boundingBox())!,
      ),
    );
    const overlaps = (a: typeof lineBox, b: typeof lineBox) =>
      a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    expect(overlaps(lineBox, mapBox), 'the advice lies outside the map').toBe(false);
    expect(overlaps(lineBox, legendBox), 'the advice does not cover the legend').toBe(false);
  });
});
