/** The fixture site has no corrections: /rattelser/ says so rather than showing an empty list. */
import { test, expect } from './support.ts';

test('with no corrections, /rattelser/ says there have been none so far, and the footer leads there', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Rättelser' }).click();
  await expect(page).toHaveURL(/\/rattelser\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rättelser');
  await expect(page.getByText('Inga rättelser hittills.')).toBeVisible();
  await expect(page.locator('main ol li')).toHaveCount(0);
});
