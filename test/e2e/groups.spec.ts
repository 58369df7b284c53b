import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { shortCode, type ClassReadiness, type GroupProposal } from '../../preload/contract/index.js';
import { demoToday, isoPlusDays, openOnDay } from './support/clock.js';
import { harnessUrl, harnessValue } from './support/harness-api.js';
import { seriousViolations } from './support/axe.js';

/**
 * Learning-aligned grouping on the demo gradebook: readiness groups for one standard, exactly as the
 * gradebook proposes them, with the fit report; a learner moved by drag and another by the keyboard
 * (each move said aloud); the set saved, still there after a reload, and listed in the history; axe
 * finds nothing serious. And "Make a group" from the path board's Ready-for list.
 */
const screenshots = 'test-results/screenshots';

test.beforeAll(() => mkdirSync(screenshots, { recursive: true }));
test.beforeEach(async ({ page }) => {
  await openOnDay(page, demoToday);
  await page.goto(harnessUrl());
});

const codeOf = (standard: ClassReadiness['standards'][number]) => shortCode(standard.code) ?? standard.statement;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A demo class and a standard its learners stand differently on, with some ready for it: the one with the most states. */
async function classAndStandard(page: Page): Promise<{ readiness: ClassReadiness; index: number }> {
  let best: { readiness: ClassReadiness; index: number; score: number } | null = null;
  for (const schoolClass of await harnessValue(page, 'classes:list', {})) {
    const readiness = await harnessValue(page, 'paths:readiness', { classId: schoolClass.id });
    readiness.standards.forEach((_, index) => {
      const states = new Set(readiness.learners.map((learner) => learner.states[index]));
      const ready = readiness.learners.filter((learner) => learner.states[index] === 'ready').length;
      const score = states.size * 100 + ready;
      if (ready > 0 && states.size >= 2 && (!best || score > best.score)) best = { readiness, index, score };
    });
  }
  if (!best) throw new Error('no demo class has a standard its learners stand differently on');
  return best;
}

/** The names shown in one group's list, in order (each chip's first line is the name). */
async function namesIn(list: Locator): Promise<string[]> {
  return list.locator('.learner-chip__name').allTextContents();
}

function groupList(page: Page, name: string): Locator {
  return page.getByRole('list', { name: `Learners in ${name}`, exact: true });
}

test('readiness groups for one standard: move a learner by drag and one by keyboard, save, reload, see it in history', async ({ page }) => {
  // three axe passes and a reload: near 30 s on a busy two-core machine
  test.setTimeout(90_000);
  const { readiness, index } = await classAndStandard(page);
  const standard = readiness.standards[index]!;
  const classId = readiness.classId;
  const names = new Map((await harnessValue(page, 'learners:roster', { classId })).map((entry) => [entry.learnerId, `${entry.preferredName?.trim() || entry.givenName} ${entry.familyName}`]));
  const nameOf = (learnerId: string) => names.get(learnerId) ?? learnerId;

  await page.goto(`${harnessUrl()}#/groups/${encodeURIComponent(classId)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
  await page.getByLabel('Group by').selectOption('readiness');
  // the grouping page asks for the standard before it makes anything
  await page.getByRole('button', { name: 'Make the groups' }).click();
  await expect(page.getByText('Choose the standard to group for.')).toBeVisible();
  await page.getByLabel('Standard', { exact: true }).selectOption(standard.standardId);
  await page.getByRole('button', { name: 'Make the groups' }).click();

  // the groups are the gradebook's proposal, learner for learner, with its fit report in its own words
  const proposal: GroupProposal = await harnessValue(page, 'groups:propose', { classId, strategy: 'readiness', standardId: standard.standardId, seed: 1, mixItUp: true });
  expect(proposal.groups.length, 'the standard splits the class into at least two groups').toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${proposal.groups.length} groups for ${escape(codeOf(standard))}`) })).toBeVisible();
  for (const group of proposal.groups) {
    await expect(groupList(page, group.name).locator('.learner-chip__name')).toHaveText(group.learnerIds.map(nameOf));
  }
  const report = page.getByRole('region', { name: 'How well these groups fit' });
  for (const line of proposal.fit) await expect(report).toContainText(line.sentence);
  for (const item of proposal.unmet) await expect(report).toContainText(item.reason);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${screenshots}/groups-proposal.png`, fullPage: true });
  await page.getByRole('heading', { level: 2, name: /groups for/ }).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: 'renderer/docs/screenshot-groups.png' });

  // by drag: the first learner of the first group onto the second group
  const [first, second] = proposal.groups;
  if (!first || !second) throw new Error('unreachable: two groups checked above');
  const dragged = nameOf(first.learnerIds[0]!);
  const chip = groupList(page, first.name).getByRole('button', { name: new RegExp(`^${escape(dragged)}`) });
  // dropped near the top of the group's card: a card as tall as the longest group may reach below the window
  await chip.dragTo(page.getByRole('region', { name: new RegExp(`^${escape(second.name)} ·`) }), { targetPosition: { x: 60, y: 16 } });
  await expect(groupList(page, second.name).locator('.learner-chip__name')).toContainText([dragged]);
  expect(await namesIn(groupList(page, first.name))).not.toContain(dragged);
  await expect(page.getByRole('status').filter({ hasText: `${dragged} moved from ${first.name} to ${second.name}.` })).toBeAttached();

  // by keyboard: a learner of the second group (not the dragged one) carried right with the arrow key
  const carried = nameOf(second.learnerIds[0]!);
  // the arrow key goes to the next group, round to the first after the last (the proposal places everyone)
  const third = proposal.groups[2]?.name ?? first.name;
  const carriedChip = groupList(page, second.name).getByRole('button', { name: new RegExp(`^${escape(carried)}`) });
  await carriedChip.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: `${carried} moved from ${second.name} to ${third}.` })).toBeAttached();
  await expect(groupList(page, third).locator('.learner-chip__name')).toContainText([carried]);
  // the moved chip keeps the focus, so the teacher can carry on
  await expect(groupList(page, third).getByRole('button', { name: new RegExp(`^${escape(carried)}`) })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(groupList(page, second.name).locator('.learner-chip__name')).toContainText([carried]);
  await page.keyboard.press('ArrowRight');
  await expect(groupList(page, third).locator('.learner-chip__name')).toContainText([carried]);

  // the report follows the moves: it is the gradebook's score for the groups as they are now
  const draggedId = first.learnerIds[0]!;
  const carriedId = second.learnerIds[0]!;
  const now = proposal.groups.map((group) => {
    const kept = group.learnerIds.filter((id) => id !== draggedId && id !== carriedId);
    return { name: group.name, learnerIds: [...kept, ...(group.name === second.name ? [draggedId] : []), ...(group.name === third ? [carriedId] : [])] };
  });
  const rescored = await harnessValue(page, 'groups:score', { classId, strategy: 'readiness', standardId: standard.standardId, mixItUp: true, groups: now });
  for (const line of rescored.fit) await expect(report).toContainText(line.sentence);
  for (const item of rescored.unmet) await expect(report).toContainText(item.reason);
  await expect(report).not.toContainText('Checking the groups as they are now');
  await expect(report).not.toContainText('as they were made');
  // making groups again would throw the moves away: asked first, and "Keep editing" keeps them
  await page.getByRole('button', { name: 'Make the groups' }).click();
  const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(discard).toContainText('New groups replace the ones you have been arranging');
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(discard).toBeHidden();
  await expect(groupList(page, third).locator('.learner-chip__name')).toContainText([carried]);

  // save with what the groups are for
  const purpose = `Small groups on ${codeOf(standard)} (e2e)`;
  await page.getByLabel('What for').fill(purpose);
  await page.getByRole('button', { name: 'Save the group set' }).click();
  await expect(page.getByRole('heading', { level: 2, name: purpose })).toBeVisible();
  const [, view, hashClass = '', groupSetId = ''] = new URL(page.url()).hash.split('/');
  expect(view).toBe('groups');
  expect(decodeURIComponent(hashClass)).toBe(classId);
  const saved = await harnessValue(page, 'groups:get', { groupSetId: decodeURIComponent(groupSetId) });
  expect(saved.purpose).toBe(purpose);
  expect(saved.strategy).toBe('readiness');
  expect(saved.target?.standardId).toBe(standard.standardId);
  const savedGroup = (name: string) => saved.groups.find((group) => group.name === name)?.learnerIds.map(nameOf) ?? [];
  expect(savedGroup(second.name)).toContain(dragged);
  expect(savedGroup(first.name)).not.toContain(dragged);
  expect(savedGroup(third)).toContain(carried);

  // after a reload the set is the same
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: purpose })).toBeVisible();
  for (const group of saved.groups) await expect(groupList(page, group.name).locator('.learner-chip__name')).toHaveText(group.learnerIds.map(nameOf));
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${screenshots}/groups-set.png`, fullPage: true });

  // and in the history, which opens it again
  await page.getByRole('button', { name: '← All groups' }).click();
  await page.getByRole('radio', { name: 'Past group sets' }).click();
  const sets = page.getByRole('list', { name: 'Past group sets' });
  await expect(sets.getByRole('button', { name: purpose })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Who has worked with whom' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${screenshots}/groups-history.png`, fullPage: true });
  await sets.getByRole('button', { name: purpose }).click();
  await expect(page.getByRole('heading', { level: 2, name: purpose })).toBeVisible();
});

test('"Make a group" on the path board’s Ready-for list starts a group of exactly those learners', async ({ page }) => {
  const { readiness, index } = await classAndStandard(page);
  const standard = readiness.standards[index]!;
  const ready = readiness.learners.filter((learner) => learner.states[index] === 'ready').map((learner) => `${learner.preferredName?.trim() || learner.givenName} ${learner.familyName}`);
  await page.goto(`${harnessUrl()}#/paths/${encodeURIComponent(readiness.classId)}`);
  await page.getByLabel('Ready for').selectOption(String(index));
  await page.getByRole('button', { name: 'Make a group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
  const name = `Ready for ${codeOf(standard)}`;
  expect((await namesIn(groupList(page, name))).sort()).toEqual([...ready].sort());
  await expect(groupList(page, 'Not in a group').locator('.learner-chip__name')).toHaveCount(readiness.learners.length - ready.length);
  await expect(page.getByLabel('What for')).toHaveValue(name);
  // measured at once, before any move: a made group has no proposal's report to fall back on
  await expect(page.getByRole('heading', { name: 'How well these groups fit' })).toBeVisible();
  await expect(page.locator('.fit-report__line').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${screenshots}/groups-from-ready-for.png`, fullPage: true });
});

test('"Make a group" from the gradebook gathers the learners not there yet on the standard shown above the grid', async ({ page }) => {
  test.setTimeout(90_000);
  const [schoolClass] = await harnessValue(page, 'classes:list', {});
  if (!schoolClass) throw new Error('the demo has no class');
  // worked out from the grid's own levels and the column's scale, not from the Groups page
  const grid = await harnessValue(page, 'mastery:grid', { classId: schoolClass.id });
  const column = grid.columns[0]!;
  const threshold = grid.scales.find((scale) => scale.id === column.scaleId)!.masteryThreshold;
  const working = grid.rows
    .filter((row) => (row.cells.level[0] ?? null) === null || row.cells.level[0]! < threshold)
    .map((row) => `${row.preferredName?.trim() || row.givenName} ${row.familyName}`);
  expect(working.length).toBeGreaterThan(0);

  await page.goto(`${harnessUrl()}#/gradebook/${encodeURIComponent(schoolClass.id)}`);
  await expect(page.getByTestId('active-standard')).toContainText(column.statement);
  await page.screenshot({ path: `${screenshots}/gradebook-make-a-group.png` });
  await page.getByRole('button', { name: new RegExp(`^Make a group of the ${working.length} learners? not there yet$`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Groups' })).toBeVisible();
  const name = await page.getByLabel('What for').inputValue();
  expect(name).toMatch(/^Working on /);
  expect((await namesIn(groupList(page, name))).sort()).toEqual([...working].sort());
  await expect(groupList(page, 'Not in a group').locator('.learner-chip__name')).toHaveCount(grid.rows.length - working.length);
});

test('a saved set: a learner moved with "Move to…", an adult given, saved; its group cards download as a PDF and its groups as CSV', async ({ page }) => {
  test.setTimeout(90_000);
  const [schoolClass] = await harnessValue(page, 'classes:list', {});
  if (!schoolClass) throw new Error('the demo has no class');
  // one of the demo's own sets (the first test saves one of its own, newest first)
  const summary = (await harnessValue(page, 'groups:list', { classId: schoolClass.id })).find((set) => !set.purpose.endsWith('(e2e)'));
  if (!summary) throw new Error('the demo saves group sets for each class');
  const before = await harnessValue(page, 'groups:get', { groupSetId: summary.groupSetId });
  const names = new Map((await harnessValue(page, 'learners:roster', { classId: schoolClass.id })).map((entry) => [entry.learnerId, `${entry.preferredName?.trim() || entry.givenName} ${entry.familyName}`]));
  const from = before.groups.find((group) => group.learnerIds.length > 0);
  const to = before.groups.find((group) => group !== from);
  if (!from || !to) throw new Error('the demo set has two groups, one with learners');
  const moved = names.get(from.learnerIds[0]!)!;

  await page.goto(`${harnessUrl()}#/groups/${encodeURIComponent(schoolClass.id)}/${encodeURIComponent(summary.groupSetId)}`);
  await expect(page.getByRole('heading', { level: 2, name: before.purpose })).toBeVisible();

  // the group cards as a PDF, the groups as CSV, through the browser's own download
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Print group cards (PDF)' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect(readFileSync((await pdf.path())!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  for (const group of before.groups) expect(csvText).toContain(group.name);
  expect(csvText).toContain(moved.split(' ')[0]!);

  // edit: choose a learner, "Move … to" another group (said aloud), give that group an adult, save
  await page.getByRole('button', { name: 'Edit' }).click();
  const chip = groupList(page, from.name).getByRole('button', { name: new RegExp(`^${escape(moved)}`) });
  await chip.click();
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await page.getByLabel(`Move ${moved} to`).selectOption({ label: to.name });
  await expect(page.getByRole('status').filter({ hasText: `${moved} moved from ${from.name} to ${to.name}.` })).toBeAttached();
  await expect(groupList(page, to.name).locator('.learner-chip__name')).toContainText([moved]);
  await page.getByLabel(`Adult with ${to.name}`).fill('Mr. Lee');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  const after = await harnessValue(page, 'groups:get', { groupSetId: summary.groupSetId });
  expect(after.groups.find((group) => group.name === to.name)?.learnerIds).toContain(from.learnerIds[0]);
  expect(after.groups.find((group) => group.name === from.name)?.learnerIds).not.toContain(from.learnerIds[0]);
  expect(after.groups.find((group) => group.name === to.name)?.adult).toBe('Mr. Lee');
  // the read-only board shows the saved groups
  await expect(groupList(page, to.name).locator('.learner-chip__name')).toContainText([moved]);
  await expect(page.getByRole('region', { name: new RegExp(`^${escape(to.name)} ·`) })).toContainText('Adult: Mr. Lee');
});

test('a saved set says plainly who new evidence has moved since it was made', async ({ page }) => {
  test.setTimeout(90_000);
  const { readiness, index } = await classAndStandard(page);
  const standard = readiness.standards[index]!;
  const learner = readiness.learners.find((item) => item.states[index] === 'ready')!;
  const name = `${learner.preferredName?.trim() || learner.givenName} ${learner.familyName}`;
  const saved = await harnessValue(page, 'groups:save', {
    classId: readiness.classId,
    strategy: 'readiness',
    date: demoToday,
    purpose: `Ten minutes on ${codeOf(standard)} (e2e, stale)`,
    standardId: standard.standardId,
    groups: [{ name: `Ready for ${codeOf(standard)}`, learnerIds: [learner.learnerId] }],
  });
  expect(saved.stale).toBe(false);

  // new evidence: the learner masters the standard after the set was made
  const grid = await harnessValue(page, 'mastery:grid', { classId: readiness.classId });
  const top = Math.max(...grid.scale.levels.map((level) => level.value));
  for (const days of [-2, -1, 0]) {
    await harnessValue(page, 'evidence:record', { classId: readiness.classId, learnerId: learner.learnerId, standardId: standard.standardId, level: top, observedOn: isoPlusDays(demoToday, days), kind: 'of' });
  }
  const now = await harnessValue(page, 'groups:get', { groupSetId: saved.groupSetId });
  expect(now.stale).toBe(true);

  await page.goto(`${harnessUrl()}#/groups/${encodeURIComponent(readiness.classId)}/${encodeURIComponent(saved.groupSetId)}`);
  const note = page.getByRole('note', { name: 'These groups may be out of date' });
  await expect(note).toContainText('New evidence has moved 1 learner since these groups were made');
  const moved = now.staleMembers.find((member) => member.learnerId === learner.learnerId);
  expect(moved?.nowReadiness).toBe('mastered');
  await expect(note).toContainText(`${name} was Ready, now Mastered`);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${screenshots}/groups-stale.png` });

  // the history marks it too
  await page.getByRole('button', { name: '← All groups' }).click();
  await page.getByRole('radio', { name: 'Past group sets' }).click();
  await expect(page.getByRole('list', { name: 'Past group sets' }).getByRole('listitem').filter({ hasText: `Ten minutes on ${codeOf(standard)} (e2e, stale)` })).toContainText('May be out of date');
});

test('after a move the fit report is for the groups as they are now: a broken keep-apart pair shows unmet, moving back meets it', async ({ page }) => {
  test.setTimeout(60_000);
  const [schoolClass] = await harnessValue(page, 'classes:list', {});
  if (!schoolClass) throw new Error('the demo has no class');
  const classId = schoolClass.id;
  const names = new Map((await harnessValue(page, 'learners:roster', { classId })).map((entry) => [entry.learnerId, `${entry.preferredName?.trim() || entry.givenName} ${entry.familyName}`]));
  const [a, b] = [...names.keys()];
  if (!a || !b) throw new Error('the demo class has two learners');
  const proposal = await harnessValue(page, 'groups:propose', { classId, strategy: 'balanced', size: 4, seed: 1, mixItUp: true, apart: [[a, b]] });

  await page.goto(`${harnessUrl()}#/groups/${encodeURIComponent(classId)}`);
  await page.getByLabel('Group by').selectOption('balanced');
  await page.getByLabel('Learners per group').fill('4');
  await page.getByLabel('Learner', { exact: true }).selectOption(a);
  await page.getByLabel('and', { exact: true }).selectOption(b);
  await page.getByRole('button', { name: 'Keep apart' }).click();
  await page.getByRole('button', { name: 'Make the groups' }).click();
  const report = page.getByRole('region', { name: 'How well these groups fit' });
  await expect(report).toContainText('All 1 keep-apart pair are in different groups.');

  // carry A with the arrow keys into B's group: the report follows the move
  const groupOf = (id: string) => proposal.groups.findIndex((group) => group.learnerIds.includes(id));
  const home = groupOf(a);
  const steps = (groupOf(b) - home + proposal.groups.length) % proposal.groups.length;
  const nameA = names.get(a)!;
  await groupList(page, proposal.groups[home]!.name).getByRole('button', { name: new RegExp(`^${escape(nameA)}`) }).focus();
  for (let step = 0; step < steps; step++) await page.keyboard.press('ArrowRight');
  await expect(groupList(page, proposal.groups[groupOf(b)]!.name).locator('.learner-chip__name')).toContainText([nameA]);
  await expect(report).toContainText('0 of 1 keep-apart pair are in different groups.');
  await expect(report.getByRole('note', { name: 'Rules these groups break' })).toContainText('share a group, though they are to be kept apart');
  await report.scrollIntoViewIfNeeded();
  await report.screenshot({ path: `${screenshots}/groups-live-fit.png` });

  // and back again: met once more
  for (let step = 0; step < steps; step++) await page.keyboard.press('ArrowLeft');
  await expect(report).toContainText('All 1 keep-apart pair are in different groups.');
  await expect(report.getByRole('note', { name: 'Rules these groups break' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});
