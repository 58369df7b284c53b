import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { demoToday } from './support/clock.js';
import { cell, learnerAt, openGradebook, settle } from './support/gradebook-page.js';
import { harnessUrl, harnessValue } from './support/harness-api.js';

const screenshots = 'test-results/screenshots';

test.beforeAll(() => mkdirSync(screenshots, { recursive: true }));
// tall enough for the whole demo class to be in view at once (the grid renders only the rows in view)
test.use({ viewport: { width: 1280, height: 1700 } });

test('Entry for an assessment shows exactly the scores typed into it, the current level below', async ({ page }) => {
  const { schoolClass, grid } = await openGradebook(page);
  // the last two standards on the class's scale: away from the first columns, which the other specs score
  const [first, second] = grid.columns.filter((column) => column.scaleId === grid.scale.id).slice(-2);
  const assessment = await harnessValue(page, 'assessments:create', {
    classId: schoolClass.id,
    title: 'Check-in: what was typed',
    assessedOn: demoToday,
    kind: 'for',
    standardIds: [first!.standardId, second!.standardId],
  });
  await page.reload();
  await page.getByRole('radio', { name: 'Entry' }).click();
  await page.getByLabel('Evidence of').selectOption(assessment.id);
  const gridElement = page.getByRole('grid');
  await expect(gridElement).toHaveAttribute('aria-colcount', '3');
  // nothing is entered yet: no chip at all, only the current level on the small line
  await expect(gridElement.locator('.mcell .chip')).toHaveCount(0);

  const typed = Array.from({ length: schoolClass.learnerCount }, (_, i) => ['2', '4', '1', '3', '1', '2'][i % 6]!);
  await cell(page, 0, 0).click();
  for (const level of typed) {
    await page.keyboard.type(level);
    await page.keyboard.press('Enter');
  }
  await settle(page);

  const scores = await harnessValue(page, 'assessments:scores', { classId: schoolClass.id, assessmentId: assessment.id });
  const now = await harnessValue(page, 'mastery:grid', { classId: schoolClass.id });
  const firstIndex = now.columns.findIndex((column) => column.standardId === first!.standardId);
  let differs = 0;
  for (const [row, level] of typed.entries()) {
    const learnerId = await learnerAt(page, row);
    expect(scores.find((score) => score.learnerId === learnerId && score.standardId === first!.standardId)?.level).toBe(Number(level));
    await expect(cell(page, row, 0).locator('.chip')).toHaveText(new RegExp(`^${level}✓?$`));
    const current = now.rows.find((r) => r.learnerId === learnerId)!.cells.level[firstIndex] ?? null;
    if (current !== Number(level)) differs++;
  }
  expect(differs, 'most typed scores differ from the level they lead to, so the test tells the two apart').toBeGreaterThan(typed.length / 2);
  // the second standard has nothing entered for this assessment: still no chip in its column
  await expect(page.locator('[role="gridcell"][aria-colindex="3"] .chip')).toHaveCount(0);

  // typing over a score replaces it on screen; Ctrl+Z brings the earlier one back
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('4');
  await page.keyboard.press('Enter');
  await settle(page);
  await expect(cell(page, 0, 0).locator('.chip')).toHaveText('4✓');
  await page.keyboard.press('Control+z');
  await settle(page);
  await expect(cell(page, 0, 0).locator('.chip')).toHaveText(new RegExp(`^${typed[0]}✓?$`));
  await expect(cell(page, 0, 0)).toHaveAttribute('title', new RegExp(`^Entered ${typed[0]} .*; current level `));
  await page.mouse.move(0, 799);
  await page.screenshot({ path: `${screenshots}/entry-typed-scores.png` });
});

test('the grid reads at a glance: scale levels, a Mastered row, legends with their columns, the standard in full', async ({ page }) => {
  const { grid } = await openGradebook(page);
  const gridElement = page.getByRole('grid');
  const chips = gridElement.locator('.mcell .chip');
  await expect(chips.first()).toBeVisible();
  // levels as the scale shows them: whole levels, the precise value on hover
  expect((await chips.allTextContents()).filter((text) => text.includes('.'))).toEqual([]);
  const learnerId = await learnerAt(page, 0);
  const firstLevels = grid.rows.find((row) => row.learnerId === learnerId)!.cells.level;
  const fractional = firstLevels.findIndex((level) => level !== null && !Number.isInteger(level));
  test.skip(fractional < 0 || fractional > 8, 'the first learner has no fractional level in view');
  await expect(cell(page, 0, fractional)).toHaveAttribute('title', new RegExp(`^${firstLevels[fractional]} `));
  // …and decimals when asked
  await page.locator('.filterbar').getByLabel('Decimals').check();
  await expect(cell(page, 0, fractional).locator('.chip')).toHaveText(new RegExp(`^${String(firstLevels[fractional]).replace('.', '\\.')}✓?$`));
  await page.locator('.filterbar').getByLabel('Decimals').uncheck();

  // the awaiting-feedback dot only when the teacher asks for it
  await expect(gridElement.locator('.mcell__dot')).toHaveCount(0);
  await page.locator('.filterbar').getByLabel('Awaiting feedback').check();
  await expect(gridElement.locator('.mcell__dot').first()).toBeVisible();
  await page.locator('.filterbar').getByLabel('Awaiting feedback').uncheck();

  // the Mastered row: the share of the class at or above the threshold, per standard
  const threshold = grid.scales.find((scale) => scale.id === grid.columns[0]!.scaleId)!.masteryThreshold;
  const mastered = grid.rows.filter((row) => (row.cells.level[0] ?? -1) >= threshold).length;
  // a whole percentage, rounded down (so 100% means every learner)
  const share = `${Math.floor((mastered * 100) / grid.rows.length)}%`;
  const summary = page.getByTestId('mastered-row').locator('[aria-colindex="2"]');
  await expect(summary).toHaveText(share);
  await expect(summary).toHaveAttribute('title', `${mastered} of ${grid.rows.length} learners mastered ${grid.columns[0]!.code}; ${grid.rows.filter((row) => row.cells.level[0] !== null).length} have a level`);

  // each legend says which columns it belongs to
  const legends = page.getByTestId('legend');
  await expect(legends).toHaveCount(grid.scales.length);
  for (const scale of grid.scales) {
    const count = grid.columns.filter((column) => column.scaleId === scale.id).length;
    await expect(legends.filter({ hasText: scale.title })).toContainText(`${scale.title} · ${count === grid.columns.length ? 'all standards' : `${count} standard`}`);
  }

  // the active standard's statement, written out in full above the grid
  await cell(page, 0, 1).click();
  await expect(page.getByTestId('active-standard')).toContainText(grid.columns[1]!.statement);
  // pointing at a code in the header writes its statement out there too
  const third = grid.columns[2]!;
  await page.getByRole('columnheader', { name: `${third.code}: ${third.statement}` }).hover();
  await expect(page.getByTestId('active-standard')).toContainText(third.statement);
  await page.mouse.move(0, 799);
  await page.screenshot({ path: `${screenshots}/gradebook-readable.png` });
});

test('the history leads with one plain sentence; the arithmetic and the likelihood wait behind Details', async ({ page }) => {
  const { schoolClass, grid } = await openGradebook(page);
  const learnerId = await learnerAt(page, 0);
  const history = await harnessValue(page, 'mastery:history', { classId: schoolClass.id, learnerId, standardId: grid.columns[0]!.standardId });
  const counted = history.used.filter((used) => used.included && used.level !== null).map((used) => String(used.level));
  await cell(page, 0, 0).dblclick();
  const panel = page.getByRole('complementary');
  const sentence = panel.getByTestId('plain-summary');
  await expect(sentence).toHaveText(new RegExp(`^\\w+ — (recent )?evidence ${counted.slice(-4).join(', ')}, newest counts most$`));
  await expect(panel.getByTestId('arithmetic')).toBeHidden();
  await expect(panel.getByRole('region', { name: 'Likelihood of mastery' })).toBeHidden();
  await page.screenshot({ path: `${screenshots}/history-plain.png` });
  await panel.getByText('Details', { exact: true }).click();
  await expect(panel.getByTestId('arithmetic')).toBeVisible();
  await expect(panel.getByRole('region', { name: 'Likelihood of mastery' })).toBeVisible();
});

test('a class that tracks no standards offers to choose them', async ({ page }) => {
  await openGradebook(page);
  const classes = await harnessValue(page, 'classes:list', {});
  // the last class, which the other specs leave alone; its standards come back afterwards
  const quiet = classes.at(-1)!;
  const tracked = await harnessValue(page, 'standards:tracked', { classId: quiet.id });
  await harnessValue(page, 'standards:setTracked', { classId: quiet.id, standardIds: [] });
  try {
    await page.goto(`${harnessUrl()}#/gradebook/${quiet.id}`);
    await expect(page.getByRole('heading', { name: 'This class tracks no standards yet' })).toBeVisible();
    await page.screenshot({ path: `${screenshots}/gradebook-no-standards.png` });
    await page.getByRole('button', { name: 'Choose standards…' }).click();
    await expect(page).toHaveURL(new RegExp(`#/standards/${quiet.id}`));
    await expect(page.getByRole('heading', { name: 'Standards' }).first()).toBeVisible();
  } finally {
    await harnessValue(page, 'standards:setTracked', { classId: quiet.id, standardIds: tracked.map((standard) => standard.id) });
  }
});
