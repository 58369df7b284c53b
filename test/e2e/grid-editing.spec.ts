import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { cell, openGradebook } from './support/gradebook-page.js';

const screenshots = 'test-results/screenshots';

test.beforeAll(() => mkdirSync(screenshots, { recursive: true }));

test('a wrong level is cancelled by Esc and ended by leaving Entry', async ({ page }) => {
  await openGradebook(page);
  await page.getByRole('radio', { name: 'Entry' }).click();
  const first = cell(page, 0, 0);
  const before = (await first.textContent()) ?? '';
  await first.click();
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  const alert = page.locator('.notice--error');
  await expect(alert).not.toBeEmpty();
  const editor = page.locator('.mcell__editor');
  await expect(editor).toHaveValue('7');

  await page.keyboard.press('Escape');
  await expect(editor).toHaveCount(0);
  await expect(first).toHaveText(before);
  await expect(alert).toHaveCount(0);
  await expect(page.getByRole('grid')).toBeFocused();
  await page.screenshot({ path: `${screenshots}/grid-editing-cancelled.png` });

  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue('7');
  await page.getByRole('radio', { name: 'View' }).click();
  await expect(editor).toHaveCount(0);
  await expect(page.locator('.notice--error')).toHaveCount(0);
  await page.getByRole('button', { name: 'More gradebook settings' }).click();
  await expect(page.getByRole('menuitem', { name: 'Scales…' })).toBeVisible();
  await page.keyboard.press('Escape');

  // changing what the evidence is of ends the edit too, and the text goes nowhere
  await page.getByRole('radio', { name: 'Entry' }).click();
  await first.click();
  await page.keyboard.type('7');
  await page.keyboard.press('Enter');
  await expect(editor).toHaveValue('7');
  const evidenceOf = page.getByLabel('Evidence of');
  const values = await evidenceOf.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const other = values.find((value) => value !== '');
  test.skip(other === undefined, 'the demo has no assessment to choose');
  await evidenceOf.selectOption(other ?? '');
  await expect(editor).toHaveCount(0);
  await expect(page.locator('.notice--error')).toHaveCount(0);
  await expect(page.getByRole('grid').locator('input')).toHaveCount(0);
});

test('Esc closes the method popover after Preview', async ({ page }) => {
  await openGradebook(page);
  const method = page.getByRole('button', { name: 'Method…' });
  await method.click();
  const popover = page.getByRole('dialog', { name: 'Mastery method' });
  // a method other than the class's own (another spec may have applied "most recent" already)
  const methodSelect = popover.getByLabel('Method');
  await methodSelect.selectOption((await methodSelect.inputValue()) === 'highest' ? 'most_recent' : 'highest');
  await popover.getByRole('button', { name: 'Preview' }).click();
  await expect(page.locator('.mcell.is-changing').first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
  await expect(page.locator('.mcell.is-changing')).toHaveCount(0);
  await expect(method).toBeFocused();
});
