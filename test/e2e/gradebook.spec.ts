import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { demoToday, isoPlusDays } from './support/clock.js';
import { cell, learnerAt, onScale, openGradebook, settle, showing } from './support/gradebook-page.js';
import { harnessValue } from './support/harness-api.js';

const screenshots = 'test-results/screenshots';

test.beforeAll(() => mkdirSync(screenshots, { recursive: true }));

/** MASTERY.md's running decaying average, computed here independently of the app. */
function decayingAverage(levels: number[], weight: number): number | null {
  const [first, ...rest] = levels;
  if (first === undefined) return null;
  const value = rest.reduce((d, s) => (1 - weight) * d + weight * s, first);
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

test('scores a class on a new assessment from the keyboard, pastes, undoes, and explains the level', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()) && !/frame-ancestors/.test(message.text())) violations.push(message.text());
  });
  const { schoolClass, grid } = await openGradebook(page);
  expect(grid.method, 'the demo class uses the default method').toEqual({ kind: 'decaying_average', weight: 0.65 });
  const learners = schoolClass.learnerCount;
  const gridElement = page.getByRole('grid');
  await expect(gridElement).toHaveAttribute('aria-colcount', String(grid.columns.length + 1));
  // grouped headers: a cluster over its standards, each standard named by its code and statement
  const firstColumn = grid.columns[0]!;
  await expect(page.getByRole('columnheader', { name: `${firstColumn.code}: ${firstColumn.statement}` })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: firstColumn.ancestors[0]?.code ?? '' }).first()).toBeVisible();
  await expect(page.getByTestId('method-label')).toHaveText('Decaying average (65%)');

  // ── a new assessment with three standards ──
  await page.getByRole('button', { name: 'New assessment…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New assessment' });
  await dialog.getByLabel('Title').fill('Quiz: place value');
  await dialog.getByLabel('Kind').selectOption('of');
  await dialog.getByRole('searchbox', { name: 'Search standards' }).fill('5.NBT.A');
  const boxes = dialog.getByRole('checkbox');
  await expect(boxes).toHaveCount(4);
  for (const index of [0, 1, 2]) await boxes.nth(index).check();
  await dialog.getByRole('button', { name: 'Create assessment' }).click();
  await expect(dialog).toHaveCount(0);
  const assessment = (await harnessValue(page, 'assessments:list', { classId: schoolClass.id })).find((a) => a.title === 'Quiz: place value');
  expect(assessment?.standardIds).toHaveLength(3);
  expect(assessment?.assessedOn).toBe(demoToday);
  await expect(page.getByRole('radio', { name: 'Entry' })).toHaveAttribute('aria-checked', 'true');
  // the columns are the assessment's three standards
  await expect(gridElement).toHaveAttribute('aria-colcount', '4');
  await expect(gridElement).toBeFocused();

  // ── the first column, keyboard only: type a level, Enter moves down ──
  const typed = Array.from({ length: learners }, (_, i) => ['3', '2', '4', '1', 'P'][i % 5]!);
  for (const level of typed) {
    await page.keyboard.type(level);
    await page.keyboard.press('Enter');
  }
  await settle(page);
  await expect(cell(page, learners - 1, 0)).toHaveAttribute('aria-selected', 'true');

  // ── across the first row with Tab (Ctrl+Home goes back to the first cell) ──
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await settle(page);
  // Tab from the last column wraps to the next learner's first cell
  await expect(cell(page, 1, 0)).toHaveAttribute('aria-selected', 'true');

  // ── paste a column from a spreadsheet into the third standard, from the second learner down ──
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const pasted = Array.from({ length: learners - 1 }, (_, i) => String(1 + ((i * 3) % 4)));
  const pasteRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/evidence:')) pasteRequests.push(request.url().split('/api/')[1] ?? '');
  });
  await gridElement.evaluate((element, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, `${pasted.join('\n')}\n`);
  await settle(page);
  expect(pasteRequests, 'a paste is one all-or-nothing request').toEqual(['evidence:recordMany']);
  const secondLearner = await learnerAt(page, 1);
  const thirdStandard = assessment!.standardIds[2]!;
  const pastedHistory = await harnessValue(page, 'mastery:history', { classId: schoolClass.id, learnerId: secondLearner, standardId: thirdStandard });
  expect(pastedHistory.evidence[0]).toMatchObject({ level: Number(pasted[0]), observedOn: demoToday, kind: 'of', assessmentId: assessment!.id });

  // a bad paste is refused whole, naming the row and the value
  await gridElement.evaluate((element) => {
    const data = new DataTransfer();
    data.setData('text/plain', '3\n7\n2');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert')).toContainText('Row 2');
  await expect(page.getByRole('alert')).toContainText('"7" is not a level');

  // ── mastery follows at once: the first learner's first standard, recomputed by hand ──
  const firstLearner = await learnerAt(page, 0);
  const firstStandard = assessment!.standardIds[0]!;
  const history = await harnessValue(page, 'mastery:history', { classId: schoolClass.id, learnerId: firstLearner, standardId: firstStandard });
  expect(history.evidence[0]).toMatchObject({ level: 3, observedOn: demoToday, kind: 'of' });
  const expected = decayingAverage(
    history.used.filter((u) => u.included && u.level !== null).map((u) => u.level!),
    0.65,
  );
  expect(expected).not.toBeNull();
  const firstCell = cell(page, 0, 0);
  // the score entered on the chip, the level it leads to on the small line below
  await expect(firstCell).toHaveText(`3✓now ${onScale(expected)}`);
  expect(history.cell.level).toBe(expected);

  // ── undo one entry: type over the first cell, then Ctrl+Z brings the level back ──
  await page.keyboard.press('Control+Home');
  const before = (await firstCell.textContent()) ?? '';
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await settle(page);
  await expect(firstCell).not.toHaveText(before);
  await page.keyboard.press('Control+z');
  await settle(page);
  await expect(firstCell).toHaveText(before);
  const afterUndo = await harnessValue(page, 'mastery:history', { classId: schoolClass.id, learnerId: firstLearner, standardId: firstStandard });
  expect(afterUndo.evidence[0]?.deletedAt, 'the undone entry is in the trash, not lost').not.toBeNull();
  expect(afterUndo.cell.level).toBe(expected);

  // ── back to View: the whole class's grid; Enter on the cell explains it ──
  await page.getByRole('radio', { name: 'View' }).click();
  await expect(gridElement).toHaveAttribute('aria-colcount', String(grid.columns.length + 1));
  const standardColumn = grid.columns.findIndex((c) => c.standardId === firstStandard);
  await firstCell.click();
  for (let i = 0; i < standardColumn; i++) await page.keyboard.press('ArrowRight');
  await expect(gridElement).toBeFocused();
  await page.mouse.move(0, 799);
  await page.screenshot({ path: `${screenshots}/gradebook.png` });

  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary', { name: new RegExp(firstColumn.code ?? '') });
  await expect(panel).toBeVisible();
  // a plain sentence first; the arithmetic behind Details
  await expect(panel.getByTestId('plain-summary')).toContainText('newest counts most');
  await expect(panel.getByTestId('arithmetic')).toBeHidden();
  await panel.getByText('Details', { exact: true }).click();
  // the arithmetic line ends with the result, rounded ("… = 2.607125 → 2.61") or exact ("… = 3")
  await expect(panel.getByTestId('arithmetic')).toHaveText(new RegExp(`(=|→) ${String(expected).replace('.', '\\.')}$`));
  await expect(panel).toContainText('Decaying average (65%)');
  await expect(panel.getByText('In the trash')).toHaveCount(1);
  await page.screenshot({ path: `${screenshots}/gradebook-history.png` });
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);

  // ── what if the class used "most recent"? preview, then apply ──
  const preview = await harnessValue(page, 'mastery:preview', { classId: schoolClass.id, method: { kind: 'most_recent' } });
  await page.getByRole('button', { name: 'Method…' }).click();
  const popover = page.getByRole('dialog', { name: 'Mastery method' });
  await popover.getByLabel('Method').selectOption('most_recent');
  await popover.getByRole('button', { name: 'Preview' }).click();
  await expect(popover.getByRole('status')).toContainText(`${preview.changes.length} cells would change`);
  await expect(popover.getByRole('status')).toContainText(`Mastered: ${preview.masteredBefore} → ${preview.masteredAfter}`);
  await expect(page.locator('.mcell.is-changing').first()).toBeVisible();
  await page.screenshot({ path: `${screenshots}/gradebook-preview.png` });
  await popover.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('method-label')).toHaveText('Most recent');
  await expect(firstCell).toHaveText(showing(3));

  expect(violations).toEqual([]);
});

test('shows the gradebook as of a past date, with entry off', async ({ page }) => {
  const { schoolClass } = await openGradebook(page);
  const past = isoPlusDays(demoToday, -60);
  await page.getByLabel('As of').fill(past);
  const banner = page.getByRole('status').filter({ hasText: 'Showing the gradebook as of' });
  // written the way the browser's locale writes dates (format/calendar-date.ts)
  const written = await page.evaluate(
    (iso) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)),
    past,
  );
  await expect(banner).toContainText(written);
  await expect(page.getByRole('radio', { name: 'Entry' })).toBeDisabled();
  const then = await harnessValue(page, 'mastery:grid', { classId: schoolClass.id, asOf: past });
  const learnerId = await learnerAt(page, 0);
  const expected = then.rows.find((row) => row.learnerId === learnerId)?.cells.level[0] ?? null;
  await expect(cell(page, 0, 0)).toHaveText(showing(onScale(expected)));
  await banner.getByRole('button', { name: 'Back to today' }).click();
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Entry' })).toBeEnabled();
});

test('keeps roll-ups up to date while levels are entered', async ({ page }) => {
  const { schoolClass, grid } = await openGradebook(page);
  await page.getByRole('radio', { name: 'Entry' }).click();
  await page.getByRole('group', { name: 'Evidence entry' }).getByLabel('Roll-ups').check();
  const firstGroup = grid.columns[0]!.ancestors[0]!;
  const header = page.getByRole('columnheader', { name: new RegExp(`^Roll-up ${firstGroup.code ?? ''}:`) });
  const rollupCol = Number(await header.getAttribute('aria-colindex')) - 2;
  const learnerId = await learnerAt(page, 0);
  const rollupCell = cell(page, 0, rollupCol);
  for (const level of ['1', '4']) {
    await cell(page, 0, 0).click();
    await page.keyboard.type(level);
    await page.keyboard.press('Enter');
    await settle(page);
    const now = await harnessValue(page, 'mastery:grid', { classId: schoolClass.id });
    const expected = now.rows.find((row) => row.learnerId === learnerId)?.rollups[now.groups.indexOf(firstGroup.id)] ?? null;
    // shown from the write's answer, with no further read of the grid
    await expect(rollupCell).toHaveText(showing(onScale(expected)));
  }
});

test('reads a typed level on the scale of its column', async ({ page }) => {
  const { grid } = await openGradebook(page);
  const last = grid.columns.length - 1;
  const skillScale = grid.scales.find((scale) => scale.id === grid.columns[last]!.scaleId)!;
  expect(skillScale.purpose, 'the demo’s last columns are learning-related skills').toBe('learning_skills');
  const consistently = skillScale.levels.at(-1)!;
  await page.getByRole('radio', { name: 'Entry' }).click();
  // a skills label is not a level of the academic scale…
  await cell(page, 0, 0).click();
  await page.keyboard.type(consistently.shortLabel);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText(`"${consistently.shortLabel}" is not a level on the ${grid.scale.title} scale`);
  await page.keyboard.press('Escape');
  // …but it is on a skills column
  await page.keyboard.press('End');
  await expect(cell(page, 0, last)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.type(consistently.shortLabel);
  await page.keyboard.press('Enter');
  await settle(page);
  await expect(cell(page, 0, last)).toHaveText(/✓$/);
  // the legend (in View mode) names every scale the columns use
  await page.getByRole('radio', { name: 'View' }).click();
  await expect(page.getByRole('list', { name: new RegExp(`^${skillScale.title.replace(/[()]/g, '\\$&')}`) })).toBeVisible();
});
