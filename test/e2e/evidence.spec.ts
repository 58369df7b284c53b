import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { MasteryGrid } from '../../preload/contract/index.js';
import { demoToday, isoPlusDays } from './support/clock.js';
import { cell, learnerAt, onScale, openGradebook, settle, showing } from './support/gradebook-page.js';
import { harnessValue } from './support/harness-api.js';

const screenshots = 'test-results/screenshots';

test.beforeAll(() => mkdirSync(screenshots, { recursive: true }));
// tall enough for the history panel to show the whole form in the screenshot
test.use({ viewport: { width: 1280, height: 1000 } });

/** MASTERY.md's running decaying average, computed here independently of the app. */
function decayingAverage(levels: number[], weight: number): number | null {
  const [first, ...rest] = levels;
  if (first === undefined) return null;
  const value = rest.reduce((d, s) => (1 - weight) * d + weight * s, first);
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/**
 * A cell the class's own method decides, on the class's scale, with no override: its level is the
 * decaying average of its evidence and nothing else. Rows from the fourth on, away from the rows the
 * other specs type into.
 */
async function plainCell(page: Page, grid: MasteryGrid): Promise<{ row: number; col: number; learnerId: string }> {
  for (let row = 3; row < grid.rows.length; row++) {
    const learnerId = await learnerAt(page, row);
    const cells = grid.rows.find((r) => r.learnerId === learnerId)!.cells;
    const col = grid.columns.findIndex((column, index) => column.methodLabel === null && column.scaleId === grid.scale.id && !(index in cells.overrides) && index > 0);
    if (col >= 0) return { row, col, learnerId };
  }
  throw new Error('the demo has no cell without an override on the class scale');
}

test('records learning from outside school in a cell’s history, with its level, description and feedback', async ({ page }) => {
  const { schoolClass, grid } = await openGradebook(page);
  expect(grid.method, 'the demo class uses the default method').toEqual({ kind: 'decaying_average', weight: 0.65 });
  const { row, col, learnerId } = await plainCell(page, grid);
  const column = grid.columns[col]!;
  const cellRef = { classId: schoolClass.id, learnerId, standardId: column.standardId };
  const before = await harnessValue(page, 'mastery:history', cellRef);
  const target = cell(page, row, col);

  // ── open the history from the keyboard, then Tab to "Add evidence…" ──
  await target.click();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: new RegExp(column.code ?? '') });
  await expect(panel).toBeVisible();
  const add = panel.getByRole('button', { name: 'Add evidence…' });
  for (let presses = 0; presses < 8 && !(await add.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press('Tab');
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  const form = panel.getByRole('form', { name: 'Add evidence' });
  await expect(form).toBeVisible();
  const level = form.getByLabel('Level');
  await expect(level, 'the form starts at its first field').toBeFocused();

  // ── a date in the future asks to be confirmed ──
  const observed = form.getByLabel('Observed');
  await observed.fill(isoPlusDays(demoToday, 3));
  await expect(form.getByRole('checkbox', { name: 'Yes, this date is in the future' })).toBeVisible();
  await observed.fill(demoToday);
  await expect(form.getByRole('checkbox', { name: 'Yes, this date is in the future' })).toHaveCount(0);

  // ── community evidence without a description is refused, and nothing is recorded ──
  await level.selectOption('4');
  await form.getByLabel('Source').selectOption('community');
  const where = form.getByRole('textbox', { name: 'Where did this learning happen?' });
  await expect(where).toBeVisible();
  await form.getByRole('button', { name: 'Save evidence' }).click();
  await expect(form.getByRole('alert')).toHaveText('Evidence from outside the classroom needs a short description of where the learning happened.');
  await expect(where).toBeFocused();
  await expect(where).toHaveAttribute('aria-invalid', 'true');
  // Enter in a one-line field does not send the form either
  await where.fill('Library maker club');
  await where.press('Enter');
  await expect(form).toBeVisible();
  await settle(page);
  const refused = await harnessValue(page, 'mastery:history', cellRef);
  expect(refused.evidence, 'nothing was recorded').toHaveLength(before.evidence.length);

  // ── fill it in: level 4, as learning, in the community, with feedback ──
  await where.fill('Library maker club: built a cube tower');
  await form.getByLabel('Kind').selectOption('as');
  await form.getByLabel('Modality').selectOption('community');
  await form.getByRole('textbox', { name: /^Feedback/ }).fill('You counted every layer and checked it with multiplication.');
  await form.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.mouse.move(0, 999);
  await page.screenshot({ path: `${screenshots}/add-evidence.png` });
  await page.keyboard.press('Control+Enter');
  await settle(page);
  await expect(form).toHaveCount(0);
  await expect(panel.getByRole('status')).toContainText('Recorded 4 (Community)');

  // ── what the gradebook holds, and the level recomputed by hand ──
  const after = await harnessValue(page, 'mastery:history', cellRef);
  expect(after.evidence).toHaveLength(before.evidence.length + 1);
  const recorded = after.evidence.find((e) => e.sourceDescription === 'Library maker club: built a cube tower');
  expect(recorded).toMatchObject({
    level: 4,
    observedOn: demoToday,
    kind: 'as',
    modality: 'community',
    source: 'community',
    feedback: 'You counted every layer and checked it with multiplication.',
    feedbackOn: demoToday,
    feedbackStatus: 'given',
    deletedAt: null,
  });
  const expected = decayingAverage(
    after.used.filter((u) => u.included && u.level !== null).map((u) => u.level!),
    0.65,
  );
  expect(after.used.some((u) => u.evidenceId === recorded!.id && u.included), 'the new evidence counts').toBe(true);
  expect(after.cell.level).toBe(expected);
  await expect(target).toHaveText(showing(onScale(expected)));
  // behind Details (folded), the arithmetic ends with the level
  await expect(panel.getByTestId('arithmetic')).toHaveText(new RegExp(`(=|→) ${String(expected).replace('.', '\\.')}$`));

  // ── the panel's list shows where the learning happened ──
  const item = panel.locator('.evidence').filter({ hasText: 'Library maker club' });
  await expect(item.locator('.evidence__source')).toHaveText('Community · Library maker club: built a cube tower');
  await expect(item).toContainText('“You counted every layer and checked it with multiplication.”');
  await page.screenshot({ path: `${screenshots}/add-evidence-recorded.png` });

  // ── Escape closes the form first, then the panel ──
  await expect(add).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(panel).toBeVisible();
  await expect(add).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  // ── Undo takes it back like a typed entry; Redo brings it back ──
  await expect(page.getByRole('grid')).toBeFocused();
  await page.keyboard.press('Control+z');
  await settle(page);
  await expect(page.getByRole('status').filter({ hasText: 'Undone: 4 (Community)' })).toBeVisible();
  await expect(target).toHaveText(showing(onScale(before.cell.level)));
  await page.keyboard.press('Control+Shift+z');
  await settle(page);
  await expect(target).toHaveText(showing(onScale(expected)));
  const redone = await harnessValue(page, 'mastery:history', cellRef);
  expect(redone.evidence.find((e) => e.id === recorded!.id)?.deletedAt).toBeNull();
});
