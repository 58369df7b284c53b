import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { EditableScale, MasteryGrid, RollupMethod, Scale } from '../../preload/contract/index.js';
import { cell, learnerAt, onScale, openGradebook, settle, showing } from './support/gradebook-page.js';
import { harnessUrl, harnessValue } from './support/harness-api.js';

const screenshots = 'test-results/screenshots';

test.beforeAll(() => mkdirSync(screenshots, { recursive: true }));

/** The roll-ups of the methods popover, computed here from the cells, independently of the app. */
function rollUp(levels: (number | null)[], method: RollupMethod): number | null {
  const present = levels.filter((level): level is number => level !== null);
  if (present.length === 0) return null;
  switch (method) {
    case 'mean':
      return Math.round((present.reduce((sum, level) => sum + level, 0) / present.length + Number.EPSILON) * 100) / 100;
    case 'minimum':
      return Math.min(...present);
    case 'all_proficient':
      return present.length < levels.length ? null : Math.min(...present);
    case 'mode': {
      const counts = new Map<number, number>();
      for (const level of present) counts.set(level, (counts.get(level) ?? 0) + 1);
      return [...counts].sort(([a, ca], [b, cb]) => cb - ca || b - a)[0]![0];
    }
  }
}

/** A learner's levels on the standards under a group, from the grid the gradebook sends. */
function groupLevels(grid: MasteryGrid, learnerId: string, groupId: string): (number | null)[] {
  const row = grid.rows.find((r) => r.learnerId === learnerId)!;
  return grid.columns.flatMap((column, index) => (column.ancestors.some((a) => a.id === groupId) ? [row.cells.level[index] ?? null] : []));
}

/** The gradebook keeps the scales editor behind its toolbar's "⋯". */
async function openScales(page: Page) {
  await page.getByRole('button', { name: 'More gradebook settings' }).click();
  await page.getByRole('menuitem', { name: 'Scales…' }).click();
  return page.getByRole('dialog', { name: 'Scales' });
}

async function openMethod(page: Page) {
  await page.getByRole('button', { name: 'Method…' }).click();
  return page.getByRole('dialog', { name: 'Mastery method' });
}

/** Every scale back as the demo made it, so the specs after this one see the gradebook they expect. */
async function restoreScales(page: Page, scales: EditableScale[]): Promise<void> {
  // a save takes the scale itself; which levels evidence uses is the gradebook's to say
  for (const { id, title, purpose, masteryThreshold, halfSteps, levels } of scales) {
    await harnessValue(page, 'scales:save', { id, title, purpose, masteryThreshold, halfSteps, levels } satisfies Scale);
  }
}

test('switches the roll-up method and the roll-up column follows', async ({ page }) => {
  const { schoolClass, grid } = await openGradebook(page);
  const before = grid.rollupMethod;
  await page.getByRole('toolbar', { name: 'Gradebook' }).waitFor();
  await page.locator('.filterbar').getByLabel('Roll-ups').check();
  const group = grid.columns[0]!.ancestors[0]!;
  const header = page.getByRole('columnheader', { name: new RegExp(`^Roll-up ${group.code ?? ''}:`) });
  const rollupCol = Number(await header.getAttribute('aria-colindex')) - 2;
  const method: RollupMethod = before === 'minimum' ? 'mean' : 'minimum';

  // a learner on screen whose roll-up differs between the two methods, so the change is visible
  let row = -1;
  let levels: (number | null)[] = [];
  for (let candidate = 0; candidate < 10 && row < 0; candidate++) {
    levels = groupLevels(grid, await learnerAt(page, candidate), group.id);
    if (rollUp(levels, method) !== rollUp(levels, before)) row = candidate;
  }
  expect(row, 'a learner whose roll-up differs between the methods').toBeGreaterThanOrEqual(0);
  await expect(cell(page, row, rollupCol)).toHaveText(showing(onScale(rollUp(levels, before))));
  const expected = rollUp(levels, method);

  const popover = await openMethod(page);
  await expect(popover.getByRole('radio', { name: /^Mean/ })).toBeVisible();
  await popover.getByRole('radio', { name: method === 'minimum' ? /^Minimum/ : /^Mean/ }).check();
  await popover.getByRole('button', { name: 'Apply' }).click();
  await expect(popover).toHaveCount(0);
  await settle(page);
  await expect(cell(page, row, rollupCol)).toHaveText(showing(onScale(expected)));
  await expect(header).toHaveAttribute('aria-label', new RegExp(`Roll-up \\(${method}\\) of`));
  const after = await harnessValue(page, 'mastery:grid', { classId: schoolClass.id });
  expect(after.rollupMethod).toBe(method);
  expect(after.method, 'the class’s method stays as it was').toEqual(grid.method);
  await harnessValue(page, 'mastery:setMethod', { classId: schoolClass.id, method: grid.method, rollupMethod: before });
});

test('gives one standard its own method, marks its column, and returns it to the class’s method', async ({ page }) => {
  const { schoolClass, grid } = await openGradebook(page);
  const column = grid.columns[1]!;
  expect(column.methodLabel, 'the demo gives no standard a method of its own').toBeNull();
  const header = page.getByRole('columnheader', { name: `${column.code}: ${column.statement}` });
  await expect(header.getByTestId('own-method-mark')).toHaveCount(0);

  let popover = await openMethod(page);
  await popover.getByRole('radio', { name: 'One standard only' }).click();
  await expect(popover.getByRole('button', { name: 'Preview' }), 'a preview compares the whole class only').toHaveCount(0);
  await popover.getByRole('searchbox', { name: 'Find a standard' }).fill(column.code ?? '');
  const standards = popover.getByRole('listbox', { name: 'Standard' });
  await expect(standards.getByRole('option')).not.toHaveCount(0);
  await standards.selectOption(column.standardId);
  await expect(popover.getByTestId('chosen-standard')).toContainText(`${column.code} now uses the class’s method (${grid.methodLabel})`);
  await popover.getByLabel('Method', { exact: true }).selectOption('highest');
  await popover.getByRole('button', { name: `Apply to ${column.code}` }).click();
  await expect(popover).toHaveCount(0);
  await settle(page);

  // the column says so: a marker whose tooltip is the method, and the header's name
  const mark = header.getByTestId('own-method-mark');
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute('title', 'Own method: Highest');
  await expect(header).toHaveAttribute('aria-label', /\(own method: Highest\)$/);
  await expect(page.getByRole('status').filter({ hasText: `${column.code} now has its own method: Highest.` })).toBeVisible();
  // and its cells follow it: the highest level of the evidence used
  const learnerId = await learnerAt(page, 0);
  const history = await harnessValue(page, 'mastery:history', { classId: schoolClass.id, learnerId, standardId: column.standardId });
  const levels = history.used.filter((u) => u.included && u.level !== null).map((u) => u.level!);
  await expect(cell(page, 0, 1)).toHaveText(showing(levels.length > 0 ? Math.max(...levels) : null));
  expect(history.methodLabel).toBe('Highest');

  // the popover lists the standards with a method of their own
  popover = await openMethod(page);
  await expect(popover).toContainText('1 standard keeps its own method');
  await page.mouse.move(0, 799);
  await page.screenshot({ path: `${screenshots}/method-popover.png` });
  await popover.getByRole('radio', { name: 'One standard only' }).click();
  const own = popover.getByRole('region', { name: /a method of its own/ });
  await expect(own.getByRole('listitem')).toHaveCount(1);
  await expect(own.getByRole('listitem')).toContainText(`${column.code}Highest`);
  await page.screenshot({ path: `${screenshots}/method-popover-standard.png` });

  // "Use the class’s method" returns the standard to the class's method: no own method is left
  await own.getByRole('button', { name: 'Use the class’s method' }).click();
  await settle(page);
  await expect(page.getByRole('status').filter({ hasText: `${column.code} follows the class's method again (${grid.methodLabel}).` })).toBeVisible();
  await expect(mark).toHaveCount(0);
  const after = await harnessValue(page, 'mastery:grid', { classId: schoolClass.id });
  expect(after.columns[1]!.methodLabel).toBeNull();
});

test('shows the likelihood of mastery beside the level, with its arithmetic folded away', async ({ page }) => {
  const { schoolClass, grid } = await openGradebook(page);
  const learnerId = await learnerAt(page, 0);
  const standardId = grid.columns[0]!.standardId;
  const history = await harnessValue(page, 'mastery:history', { classId: schoolClass.id, learnerId, standardId });
  expect(history.likelihood, 'the first learner has evidence on the first standard').not.toBeNull();
  const likelihood = history.likelihood!;

  await cell(page, 0, 0).click();
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary');
  // the likelihood is a second opinion: behind Details, with the arithmetic
  await panel.getByText('Details', { exact: true }).click();
  const section = panel.getByRole('region', { name: 'Likelihood of mastery' });
  await expect(section).toContainText(`Likelihood of mastery: ${likelihood.value.toFixed(2)} (likely mastered at 0.95)`);
  await expect(section).toContainText(likelihood.likelyMastered ? 'Likely mastered' : 'Not yet likely mastered');
  // the level stays the headline: the large chip comes first, the likelihood after it
  await expect(panel.getByRole('region', { name: 'Current level' })).toBeVisible();
  const steps = section.getByRole('listitem');
  await expect(steps.first()).toBeHidden();
  await section.getByText('How this is worked out').click();
  await expect(steps).toHaveCount(likelihood.arithmetic.split(';').length);
  await expect(steps.first()).toHaveText('L₀ = 0.3');
  await page.screenshot({ path: `${screenshots}/history-likelihood.png` });
});

test('renames a level and recolours it in the scales editor', async ({ page }) => {
  const { grid } = await openGradebook(page);
  const original = await harnessValue(page, 'scales:list', {});
  const scale = grid.scale;
  const [lowest, second] = [...scale.levels].sort((a, b) => a.value - b.value);
  const top = [...scale.levels].sort((a, b) => b.value - a.value)[0]!;
  expect(top.value >= scale.masteryThreshold, 'the top level is a mastered one: the legend draws it on its full colour').toBe(true);
  try {
    const dialog = await openScales(page);
    const editor = dialog.getByRole('form', { name: `Edit ${scale.title}` });
    await expect(editor).toBeVisible();
    await expect(dialog.getByRole('button', { name: new RegExp(`^${scale.title.replace(/[()]/g, '\\$&')}`) })).toHaveAttribute('aria-current', 'true');
    await expect(editor.getByLabel('Mastered at')).toHaveValue(String(scale.masteryThreshold));

    // rename the second level; recolour the top one with the native colour picker
    await editor.getByRole('textbox', { name: `Label of level ${second!.value}`, exact: true }).fill('Growing');
    await editor.getByLabel(`Colour of level ${top.value}`, { exact: true }).fill('#1f6f3f');
    await expect(editor.getByRole('textbox', { name: `Colour code of level ${top.value}` })).toHaveValue('#1F6F3F');

    // a pale colour is a warning, not a refusal
    const lowestCode = editor.getByRole('textbox', { name: `Colour code of level ${lowest!.value}` });
    await lowestCode.fill('#F5D76E');
    const warnings = editor.getByRole('list', { name: 'Contrast warnings' });
    await expect(warnings).toContainText(`Level ${lowest!.value} (${lowest!.label}): the text on its pale chip reaches only 2.0:1`);
    await expect(editor.getByRole('button', { name: 'Save scale' })).toBeEnabled();
    await page.screenshot({ path: `${screenshots}/scales-editor.png` });
    await lowestCode.fill(lowest!.colour);
    await expect(warnings).toHaveCount(0);

    await editor.getByRole('button', { name: 'Save scale' }).click();
    await expect(editor.getByRole('status')).toContainText(`Saved “${scale.title}”`);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toHaveCount(0);

    // the grid read itself again: the legend has the new label and colour
    const legend = page.getByRole('list', { name: new RegExp(`^${scale.title.replace(/[()]/g, '\\$&')}`) });
    await expect(legend.getByRole('listitem').nth(1)).toHaveText(/Growing$/);
    await expect(legend.getByRole('listitem').last().locator('.chip')).toHaveCSS('background-color', 'rgb(31, 111, 63)');
  } finally {
    await restoreScales(
      page,
      original.filter((s) => s.id === scale.id),
    );
  }
});

/** The scales editor from the Standards view's header, showing the gradebook's first scale (the academic one). */
async function openScalesFromStandards(page: Page) {
  await page.goto(`${harnessUrl()}#/standards`);
  await page.getByRole('button', { name: 'Scales…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scales' });
  const scale = (await harnessValue(page, 'scales:list', {}))[0]!;
  const editor = dialog.getByRole('form', { name: `Edit ${scale.title}` });
  await expect(editor).toBeVisible();
  return { dialog, editor, scale };
}

test('keeps a level evidence uses, saying why beside its disabled remove button', async ({ page }) => {
  const { dialog, editor, scale } = await openScalesFromStandards(page);
  const [, second] = [...scale.levels].sort((a, b) => a.value - b.value);
  const top = [...scale.levels].sort((a, b) => b.value - a.value)[0]!;
  const used = scale.levelsInUse.find((level) => level.value === second!.value)!;
  expect(used.evidenceCount, 'the demo has evidence at the second level').toBeGreaterThan(0);
  const reason = `${used.evidenceCount.toLocaleString('en')} pieces of evidence use this level`;
  const remove = editor.getByRole('button', { name: `Remove level ${second!.value}` });
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription(reason);
  await expect(editor.getByText(reason)).toBeVisible();
  // …nor take another value, which would leave that evidence on no level
  await expect(editor.getByRole('textbox', { name: `Value of level ${second!.value}` })).not.toBeEditable();
  // a level nothing uses yet can still go: a new one
  await editor.getByRole('button', { name: 'Add a level' }).click();
  const added = Math.floor(top.value) + 1;
  await expect(editor.getByRole('button', { name: `Remove level ${added}` })).toBeEnabled();
  await page.screenshot({ path: `${screenshots}/scales-editor-in-use.png` });
  await editor.getByRole('button', { name: `Remove level ${added}` }).click();
  await expect(editor.getByRole('textbox', { name: `Value of level ${added}` })).toHaveCount(0);
  await expect(editor.getByRole('alert')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('Escape in the scales editor asks before throwing away unsaved edits, and keeps them on "Keep editing"', async ({ page }) => {
  const { dialog, editor, scale } = await openScalesFromStandards(page);
  const second = [...scale.levels].sort((a, b) => a.value - b.value)[1]!;
  const label = editor.getByRole('textbox', { name: `Label of level ${second.value}`, exact: true });

  // nothing changed yet: Escape closes at once
  await expect(label).toHaveValue(second.label);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.getByRole('button', { name: 'Scales…' }).click();
  await label.fill('Almost there');
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText(`Your changes to “${scale.title}” are not saved yet.`);
  await expect(confirm.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.screenshot({ path: `${screenshots}/scales-editor-discard.png` });

  // "Keep editing" (and Escape, the same answer) keeps the edit and the editor
  await confirm.getByRole('button', { name: 'Keep editing' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await expect(label).toHaveValue('Almost there');
  await expect(label).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(label).toHaveValue('Almost there');

  // Close asks too; "Discard changes" then goes, and nothing was saved
  await dialog.getByRole('button', { name: 'Close' }).click();
  await confirm.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toHaveCount(0);
  const stored = (await harnessValue(page, 'scales:list', {})).find((s) => s.id === scale.id)!;
  expect(stored.levels.find((level) => level.value === second.value)?.label).toBe(second.label);
});

test('opens the scales editor from the Standards view too', async ({ page }) => {
  await openGradebook(page);
  await page.goto(`${harnessUrl()}#/standards`);
  await page.getByRole('button', { name: 'Scales…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Scales' });
  const scales = await harnessValue(page, 'scales:list', {});
  await expect(dialog.getByRole('navigation', { name: 'Scales' }).getByRole('listitem')).toHaveCount(scales.length);
  await dialog.getByRole('button', { name: 'New scale…' }).click();
  const editor = dialog.getByRole('form', { name: 'New scale' });
  await editor.getByRole('button', { name: 'Create scale' }).click();
  await expect(editor.getByRole('alert')).toHaveText('Give the scale a name.');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
