import { expect, test, type Page } from '@playwright/test';
import { demoToday, openOnDay } from './support/clock.js';
import { harnessUrl } from './support/harness-api.js';
import { seriousViolations } from './support/axe.js';

// Every main view checked with axe against WCAG 2.1 A and AA: a teacher who uses a screen reader or
// the keyboard only must be able to do everything. Serious and critical findings fail the test.

async function open(page: Page, section: 'Learners' | 'Gradebook' | 'Standards'): Promise<void> {
  await page.getByRole('link', { name: section }).click();
  await expect(page.getByRole('heading', { level: 1, name: section })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await openOnDay(page, demoToday);
  await page.goto(harnessUrl());
});

test('the roster has no serious accessibility problems', async ({ page }) => {
  await open(page, 'Learners');
  await expect(page.getByRole('table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the gradebook grid and a cell history have no serious accessibility problems', async ({ page }) => {
  await open(page, 'Gradebook');
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await grid.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary').or(page.getByRole('dialog')).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the standards view and the import wizard have no serious accessibility problems', async ({ page }) => {
  await open(page, 'Standards');
  await expect(page.getByRole('tree')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Import…' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
