import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { demoToday, openOnDay } from './support/clock.js';
import { cell, openGradebook, settle } from './support/gradebook-page.js';
import { harnessUrl, harnessValue } from './support/harness-api.js';

const screenshots = 'test-results/screenshots';

test.beforeAll(() => mkdirSync(screenshots, { recursive: true }));

/**
 * Long work the gradebook is busy with ahead of the grid: the preview of a large roster file (read,
 * never written). The worker runs one request at a time, so while this runs, opening a class or
 * previewing a method waits its turn — long enough, on any machine, to press Cancel, as a teacher
 * would on a class of 1,000 learners × 200 standards.
 */
async function keepGradebookBusy(page: Page): Promise<{ done: Promise<APIResponse> }> {
  const header = 'class,given name,family name,preferred name,learner id,email,grade';
  const rows = Array.from({ length: 120_000 }, (_, i) => `Busy ${i % 40},Given${i},Family${i},,id-${i},l${i}@example.org,5`);
  const csv = [header, ...rows].join('\n');
  const token = (await page.locator('meta[name="proficio-harness-token"]').getAttribute('content')) ?? '';
  const busy = page.request.post(new URL('api/import:preview', harnessUrl()).href, {
    headers: { 'x-proficio-token': token },
    data: { source: { kind: 'files', files: [{ name: 'big-roster.csv', base64: Buffer.from(csv).toString('base64') }] } },
    timeout: 120_000,
  });
  // the request must reach the gradebook before the work it holds up
  await page.waitForTimeout(300);
  return { done: busy };
}

async function letGradebookGo(page: Page, busy: { done: Promise<APIResponse> }): Promise<void> {
  await busy.done;
  // the gradebook keeps a preview for the wizard's commit; nobody will commit this one
  await harnessValue(page, 'import:cancel', {});
}

test('opening a class can be cancelled while it waits, and opened again', async ({ page }) => {
  test.setTimeout(180_000);
  await openOnDay(page, demoToday);
  await page.goto(`${harnessUrl()}#/standards`);
  const [schoolClass] = await harnessValue(page, 'classes:list', {});
  if (!schoolClass) throw new Error('the demo has no class');

  const busy = await keepGradebookBusy(page);
  await page.goto(`${harnessUrl()}#/gradebook/${schoolClass.id}`);
  const opening = page.getByRole('status', { name: 'Opening the gradebook' });
  await expect(opening).toContainText('Loading the gradebook…');
  await expect(opening).toHaveCSS('opacity', '1');
  await page.screenshot({ path: `${screenshots}/big-class-opening.png` });
  await opening.getByRole('button', { name: 'Cancel' }).click();
  // the opening stops as soon as it gets its turn (on a big class: within a thousand rows)
  await letGradebookGo(page, busy);
  await expect(page.getByText('You stopped opening this gradebook. Nothing in it changed.')).toBeVisible();
  await expect(page.getByRole('grid')).toHaveCount(0);
  await page.screenshot({ path: `${screenshots}/big-class-stopped.png` });

  // a stopped opening stays stopped until the teacher asks again (no change event reopens it)
  await page.getByRole('button', { name: 'Open it again' }).click();
  await expect(page.getByRole('gridcell').first()).toBeVisible();
});

test('a method preview shows its progress where it was asked for and can be stopped; the class keeps its method', async ({ page }) => {
  test.setTimeout(180_000);
  await openOnDay(page, demoToday);
  await page.goto(harnessUrl());
  const [schoolClass] = await harnessValue(page, 'classes:list', {});
  if (!schoolClass) throw new Error('the demo has no class');
  await page.goto(`${harnessUrl()}#/gradebook/${schoolClass.id}`);
  await expect(page.getByRole('gridcell').first()).toBeVisible();
  const methodLabel = page.getByTestId('method-label');
  const before = (await methodLabel.textContent()) ?? '';

  const busy = await keepGradebookBusy(page);
  await page.getByRole('button', { name: 'Method…' }).click();
  await page.getByRole('button', { name: 'Preview' }).click();
  const working = page.getByRole('status', { name: 'Computing the preview…' });
  await expect(working).toContainText(/Computing the preview… \d+%/);
  // the banner fades in late, so a quick preview never flashes it
  await expect(working).toHaveCSS('opacity', '1');
  await page.screenshot({ path: `${screenshots}/big-class-preview-progress.png` });
  await working.getByRole('button', { name: 'Stop' }).click();
  await letGradebookGo(page, busy);
  await expect(page.getByText('Preview stopped. The class keeps its method.')).toBeVisible();
  await expect(working).toHaveCount(0);
  await expect(methodLabel).toHaveText(before);
});

test('an entry is shown from its own answer, without reading the whole grid again', async ({ page }) => {
  await openGradebook(page);
  const gridReads: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/mastery:grid')) gridReads.push(request.url());
  });
  await page.getByRole('radio', { name: 'Entry' }).click();
  await cell(page, 0, 0).click();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await settle(page);
  // the write's gradebook:changed echo has long arrived by now; before, it cost a read of every cell
  await page.waitForTimeout(1_500);
  expect(gridReads).toEqual([]);
  await expect(page.locator('.notice--error')).toHaveCount(0);
});
