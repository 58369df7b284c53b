import { expect, test, type Page, type Route } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { ClassSummary } from '../../preload/contract/index.js';
import { demoToday, openOnDay } from './support/clock.js';
import { cell, learnerAt, onScale, openGradebook, settle, showing } from './support/gradebook-page.js';
import { harnessUrl, harnessValue } from './support/harness-api.js';

const screenshots = 'test-results/screenshots';
/** Header rows before the first learner's (the groups, the codes, the Mastered summary). */
const headerRows = 3;
/**
 * The demo's classes have 24–30 learners, fewer than a big class's first screen (60): the window's
 * request is rewritten to ask for 5, so the gradebook answers this class the way it answers one of 1,000.
 */
const firstScreen = 5;

test.beforeAll(() => mkdirSync(screenshots, { recursive: true }));

async function firstClass(page: Page): Promise<ClassSummary> {
  await openOnDay(page, demoToday);
  await page.goto(`${harnessUrl()}#/standards`);
  const [schoolClass] = await harnessValue(page, 'classes:list', {});
  if (!schoolClass) throw new Error('the demo has no class');
  return schoolClass;
}

/** Sends the first-screen read on with `firstScreen` learners; hands every whole-class read to `whole`. */
async function routeGridReads(page: Page, whole: (route: Route) => Promise<void>): Promise<void> {
  await page.route('**/api/mastery:grid', async (route) => {
    const body = route.request().postDataJSON() as { firstLearners?: number };
    if (body.firstLearners !== undefined) return route.continue({ postData: JSON.stringify({ ...body, firstLearners: firstScreen }) });
    return whole(route);
  });
}

test('a big class shows its first learners at once, says the others are loading, then shows every learner (issue 9, item 13)', async ({ page }) => {
  const schoolClass = await firstClass(page);
  let release: () => void = () => undefined;
  const held = new Promise<void>((done) => (release = done));
  await routeGridReads(page, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${harnessUrl()}#/gradebook/${schoolClass.id}`);
  const grid = page.getByRole('grid');
  const banner = page.getByRole('status', { name: `Showing the first ${firstScreen} of ${schoolClass.learnerCount} learners; loading the others` });
  await expect(grid).toHaveAttribute('aria-rowcount', String(firstScreen + headerRows));
  await expect(banner).toBeVisible();
  await expect(grid).toHaveAttribute('aria-busy', 'true');
  // the first learners of the class list, in the order the whole class lists them
  const shownFirst = await Promise.all(Array.from({ length: firstScreen }, (_, row) => learnerAt(page, row)));
  // the banner fades in late (a class that loads quickly never flashes it)
  await expect(banner).toHaveCSS('opacity', '1');
  await page.screenshot({ path: `${screenshots}/grid-first-screen.png` });

  release();
  await expect(grid).toHaveAttribute('aria-rowcount', String(schoolClass.learnerCount + headerRows));
  await expect(banner).toHaveCount(0);
  await expect(grid).toHaveAttribute('aria-busy', 'false');
  expect(await Promise.all(Array.from({ length: firstScreen }, (_, row) => learnerAt(page, row)))).toEqual(shownFirst);
  // the Mastered row counts the whole class once it is in
  await expect(page.getByTestId('mastered-row').getByRole('gridcell').first()).toHaveAttribute('title', new RegExp(`of ${schoolClass.learnerCount} learners`));
});

test('stopping the rest of a big class keeps its first learners, and Load all learners brings the others', async ({ page }) => {
  const schoolClass = await firstClass(page);
  let stop = true;
  await routeGridReads(page, async (route) => {
    if (!stop) return route.continue();
    stop = false;
    // what the gradebook answers a read the teacher stopped (mastery:cancel)
    await route.fulfill({ json: { ok: false, error: { code: 'conflict', message: 'Stopped, as you asked. Nothing in the gradebook changed.', details: { reason: 'cancelled' } } } });
  });
  await page.goto(`${harnessUrl()}#/gradebook/${schoolClass.id}`);
  const grid = page.getByRole('grid');
  await expect(page.getByText(`Showing the first ${firstScreen} of ${schoolClass.learnerCount} learners. You stopped loading the others.`)).toBeVisible();
  await expect(grid).toHaveAttribute('aria-rowcount', String(firstScreen + headerRows));
  await expect(page.locator('.notice--error')).toHaveCount(0);
  await page.screenshot({ path: `${screenshots}/grid-first-screen-stopped.png` });
  await page.getByRole('button', { name: 'Load all learners' }).click();
  await expect(grid).toHaveAttribute('aria-rowcount', String(schoolClass.learnerCount + headerRows));
  await expect(page.getByText('You stopped loading the others.')).toHaveCount(0);
});

test('a change made in a cell’s history shows in the grid from its own answer, without reading the whole grid again', async ({ page }) => {
  const { schoolClass, grid } = await openGradebook(page);
  const column = grid.columns[0]!;
  const learnerId = await learnerAt(page, 0);
  const gridReads: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/mastery:grid')) gridReads.push(request.url());
  });
  const target = cell(page, 0, 0);
  await target.click();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: new RegExp(column.code ?? '') });
  const restore = panel.getByRole('button', { name: 'Restore' });
  // counted once the history has loaded: earlier specs on this harness may have left evidence in the trash
  await expect(panel.getByRole('button', { name: 'Move to trash' }).first()).toBeVisible();
  const trashedBefore = await restore.count();
  await panel.getByRole('button', { name: 'Move to trash' }).first().click();
  await expect(restore).toHaveCount(trashedBefore + 1);
  await restore.first().click();
  await expect(restore).toHaveCount(trashedBefore);
  await settle(page);
  // the writes' gradebook:changed echoes have long arrived by now; before, each read every cell again
  await page.waitForTimeout(1_500);
  expect(gridReads).toEqual([]);
  const now = await harnessValue(page, 'mastery:grid', { classId: schoolClass.id });
  const row = now.rows.find((r) => r.learnerId === learnerId);
  await expect(target).toHaveText(showing(onScale(row?.cells.level[0] ?? null)));
});
