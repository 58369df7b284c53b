import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { demoToday, isoPlusDays, openOnDay } from './support/clock.js';
import { harnessUrl, harnessValue } from './support/harness-api.js';
import { seriousViolations } from './support/axe.js';

/**
 * A learner's profile on the demo gradebook: opened from the roster, written into by learner and
 * teacher (an interest in the learner's own words, a private note, a goal on two standards with a
 * reflection), still there after a reload, marked by author and in the timeline; screen-share mode
 * hides what is private; the learner picker finds a name typed without its accents; axe finds nothing
 * serious or critical.
 */
const screenshots = 'test-results/screenshots';
const teacher = 'Ms. Okafor';

test.beforeAll(() => mkdirSync(screenshots, { recursive: true }));

test.beforeEach(async ({ page }) => {
  // a fresh browser context per test: screen-share mode off, no teacher's name remembered yet
  await openOnDay(page, demoToday);
  await page.goto(harnessUrl());
});

/** Opens the profile of the roster's `index`-th learner by clicking the name; returns the ids. */
async function openFromRoster(page: Page, index: number): Promise<{ classId: string; learnerId: string; name: string }> {
  const link = page.getByRole('table').locator('tbody tr').nth(index).getByRole('link');
  const name = (await link.textContent()) ?? '';
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const [, view, classId = '', learnerId = ''] = new URL(page.url()).hash.split('/');
  expect(view).toBe('learners');
  return { classId: decodeURIComponent(classId), learnerId: decodeURIComponent(learnerId), name };
}

test('a profile written by learner and teacher keeps each entry with its author, after a reload and in the timeline', async ({ page }) => {
  const { classId, learnerId, name } = await openFromRoster(page, 2);
  const before = await harnessValue(page, 'learners:profile', { learnerId, classId });
  const firstName = before.learner.preferredName ?? before.learner.givenName;
  const [first, second] = before.academic;
  if (!first || !second) throw new Error('the demo class tracks fewer than two standards');

  // the academic status: every tracked standard, gaps first
  const status = page.getByRole('region', { name: 'Academic status' });
  await expect(status.getByRole('group', { name: /Every tracked standard/ }).getByRole('listitem')).toHaveCount(before.academic.length);
  if (before.gaps.length > 0) await expect(status.getByRole('list', { name: 'Gaps, to work on next' }).getByRole('listitem')).toHaveCount(before.gaps.length);

  // an interest in the learner's own words
  await page.getByRole('button', { name: 'Add to the profile…' }).first().click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('What is it?').selectOption('interest');
  await dialog.getByLabel('In words').fill('Building robots with my cousin');
  await dialog.getByRole('radio', { name: `${firstName}, in their own words` }).check();
  await dialog.getByRole('button', { name: 'Add to the profile' }).click();
  await expect(dialog).toBeHidden();
  const drivers = page.getByRole('region', { name: `What drives ${firstName}` });
  await expect(drivers.getByRole('list', { name: 'Interests' })).toContainText('Building robots with my cousin');

  // a private note from the teacher, whose name is asked once and remembered
  await page.getByRole('button', { name: 'Add a note…' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('In words').fill('Works best seated near the window; check in after lunch');
  await dialog.getByRole('checkbox', { name: /Private/ }).check();
  await dialog.getByRole('radio', { name: 'An educator' }).check();
  await dialog.getByRole('button', { name: 'Add to the profile' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Write your name');
  await dialog.getByLabel('Your name').fill(teacher);
  await dialog.getByRole('button', { name: 'Add to the profile' }).click();
  await expect(dialog).toBeHidden();
  const notes = page.getByRole('region', { name: 'Notes', exact: true });
  await expect(notes).toContainText('Works best seated near the window');
  await expect(notes).toContainText(`${teacher}, educator`);

  // a goal on two tracked standards, set by the learner, with a reflection from the teacher
  await page.getByRole('button', { name: 'Add a goal…' }).first().click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('The goal').fill('I can explain my fraction strategies');
  await dialog.getByLabel('Target date (optional)').fill('2026-03-01');
  for (const standard of [first, second]) {
    await dialog.getByRole('searchbox', { name: 'Search the tracked standards' }).fill(standard.statement.slice(0, 30));
    await dialog.getByRole('checkbox', { name: new RegExp(escapeRegExp(standard.statement.slice(0, 30))) }).first().check();
  }
  await expect(dialog.getByText('2 chosen')).toBeVisible();
  await dialog.getByRole('button', { name: 'Add the goal' }).click();
  await expect(dialog).toBeHidden();
  const goals = page.getByRole('region', { name: 'Goals', exact: true });
  const goal = goals.getByRole('listitem').filter({ hasText: 'I can explain my fraction strategies' });
  await expect(goal.getByRole('list', { name: 'Linked standards' }).getByRole('listitem')).toHaveCount(2);
  const mastered = [first, second].filter((standard) => standard.mastered).length;
  await expect(goal).toContainText(`${mastered} of 2 standards mastered`);

  await goal.getByRole('button', { name: 'Add a reflection…' }).click();
  await goal.getByLabel('Reflection', { exact: true }).fill('Explained common denominators to a partner today');
  await goal.getByRole('radio', { name: 'An educator' }).check();
  // the teacher's name was remembered from the note
  await expect(goal.getByLabel('Your name')).toHaveValue(teacher);
  await goal.getByRole('button', { name: 'Add the reflection' }).click();
  await expect(goal.locator('.reflection')).toContainText('Explained common denominators to a partner today');

  // the gradebook holds each with its real author
  await expect
    .poll(async () => {
      const saved = await harnessValue(page, 'learners:profile', { learnerId, classId });
      return {
        interest: saved.drivers.find((entry) => entry.body === 'Building robots with my cousin')?.author,
        note: saved.notes.find((entry) => entry.body.startsWith('Works best'))?.authorName,
        noteSensitive: saved.notes.find((entry) => entry.body.startsWith('Works best'))?.sensitive,
        goalStandards: saved.goals.find((item) => item.body === 'I can explain my fraction strategies')?.standards.map((standard) => standard.standardId).sort(),
        reflection: saved.goals.find((item) => item.body === 'I can explain my fraction strategies')?.reflections[0]?.authorName,
      };
    })
    .toEqual({ interest: 'learner', note: teacher, noteSensitive: true, goalStandards: [first.standardId, second.standardId].sort(), reflection: teacher });

  // after a reload: still there, each marked by its author
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const interest = drivers.getByRole('listitem').filter({ hasText: 'Building robots with my cousin' });
  await expect(interest).toHaveAttribute('data-author', 'learner');
  await expect(interest).toContainText(`In ${firstName}’s words`);
  await expect(interest.locator('blockquote')).toBeVisible();
  const note = notes.getByRole('listitem').filter({ hasText: 'Works best seated near the window' });
  await expect(note).toHaveAttribute('data-author', 'educator');
  await expect(note).toContainText('Private');
  await expect(goal).toContainText(`In ${firstName}’s words`);
  await expect(goal.locator('.reflection')).toContainText(`${teacher}, educator`);

  // and in the timeline, newest first, filterable by kind
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  const show = timeline.getByLabel('Show');
  await show.selectOption('entry');
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Building robots with my cousin' })).toBeVisible();
  await show.selectOption('goal');
  await expect(timeline.getByRole('listitem').filter({ hasText: 'I can explain my fraction strategies' }).first()).toBeVisible();
  await show.selectOption('reflection');
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Explained common denominators to a partner today' })).toBeVisible();
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Explained common denominators' })).toContainText(`${teacher}, educator`);
  await show.selectOption('all');
  const dates = await timeline.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort().reverse());

  await page.screenshot({ path: `${screenshots}/profile.png`, fullPage: true });

  // as it stood the day before: none of today's writing yet, and nothing to edit in the past
  await page.getByLabel('As it stood on').fill(isoPlusDays(demoToday, -1));
  await expect(page.getByRole('status').filter({ hasText: 'Showing the profile as it stood on' })).toBeVisible();
  await expect(page.getByText('Building robots with my cousin')).toHaveCount(0);
  await expect(page.getByText('I can explain my fraction strategies')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add to the profile…' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to today' }).click();
  await expect(drivers.getByText('Building robots with my cousin')).toBeVisible();

  // a one-page snapshot for a conference, through the browser's own download
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Snapshot (PDF)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const stream = await download.createReadStream();
  const head = await new Promise<string>((resolve, reject) => {
    stream.once('data', (chunk: Buffer) => resolve(chunk.subarray(0, 5).toString('latin1')));
    stream.once('error', reject);
  });
  expect(head).toBe('%PDF-');

  // a standard opens its evidence history in place
  await status.getByRole('group', { name: /Every tracked standard/ }).getByRole('button').first().click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: new RegExp(`^${escapeRegExp(firstName)} on `) })).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Evidence, newest first' }).or(dialog.getByText('No evidence on this standard yet'))).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('with the keyboard: an entry changed and removed, a goal marked revised, each kept by the gradebook', async ({ page }) => {
  const { classId, learnerId } = await openFromRoster(page, 5);
  await page.getByRole('button', { name: 'Add to the profile…' }).first().focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  // the dialog opens on its first field; Tab goes on to the text
  await expect(dialog.getByLabel('What is it?')).toBeFocused();
  await dialog.getByLabel('What is it?').selectOption('strength');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('In words')).toBeFocused();
  await page.keyboard.type('Likes to lead the warm-up');
  await dialog.getByRole('button', { name: 'Add to the profile' }).press('Enter');
  await expect(dialog).toBeHidden();

  const drivers = page.getByRole('region', { name: /^What drives / });
  const entry = drivers.getByRole('listitem').filter({ hasText: 'Likes to lead the warm-up' });
  await entry.getByRole('button', { name: /^Edit/ }).press('Enter');
  const editor = entry.getByLabel('Change the text');
  await expect(editor).toBeFocused();
  await editor.fill('Likes to lead the warm-up and the cool-down');
  await editor.press('Control+Enter');
  await expect(drivers.getByText('Likes to lead the warm-up and the cool-down')).toBeVisible();
  await expect.poll(async () => (await harnessValue(page, 'learners:profile', { learnerId, classId })).drivers.map((item) => item.body)).toContain('Likes to lead the warm-up and the cool-down');

  // Escape leaves an edit without saving it
  await drivers.getByRole('listitem').filter({ hasText: 'cool-down' }).getByRole('button', { name: /^Edit/ }).press('Enter');
  await page.keyboard.type(' (not this)');
  await page.keyboard.press('Escape');
  await expect(drivers.getByText('(not this)')).toHaveCount(0);

  await drivers.getByRole('listitem').filter({ hasText: 'cool-down' }).getByRole('button', { name: /^Remove/ }).press('Enter');
  await drivers.getByRole('button', { name: 'Remove', exact: true }).press('Enter');
  await expect(drivers.getByText('cool-down')).toHaveCount(0);
  await expect.poll(async () => (await harnessValue(page, 'learners:profile', { learnerId, classId })).drivers.map((item) => item.body)).not.toContain('Likes to lead the warm-up and the cool-down');

  // a goal without standards, then marked revised
  await page.getByRole('button', { name: 'Add a goal…' }).first().click();
  const goalDialog = page.getByRole('dialog');
  await goalDialog.getByLabel('The goal').fill('Read one chapter book a month');
  await goalDialog.getByRole('button', { name: 'Add the goal' }).click();
  const goal = page.getByRole('region', { name: 'Goals', exact: true }).getByRole('listitem').filter({ hasText: 'Read one chapter book a month' });
  await expect(goal.getByLabel('Status')).toBeEnabled();
  await goal.getByLabel('Status').selectOption('revised');
  await expect
    .poll(async () => (await harnessValue(page, 'learners:profile', { learnerId, classId })).goals.find((item) => item.body === 'Read one chapter book a month')?.status)
    .toBe('revised');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Goals', exact: true }).getByRole('listitem').filter({ hasText: 'Read one chapter book a month' }).getByLabel('Status')).toHaveValue('revised');
});

test('a goal whose standards are all mastered suggests “met”, and is met once the teacher confirms', async ({ page }) => {
  const [first] = await harnessValue(page, 'classes:list', {});
  if (!first) throw new Error('the demo has no class');
  const roster = await harnessValue(page, 'learners:roster', { classId: first.id });
  let found: { learnerId: string; standardIds: string[] } | null = null;
  for (const entry of roster) {
    const profile = await harnessValue(page, 'learners:profile', { learnerId: entry.learnerId, classId: first.id });
    const mastered = profile.academic.filter((standing) => standing.mastered);
    if (mastered.length >= 2) {
      found = { learnerId: entry.learnerId, standardIds: mastered.slice(0, 2).map((standing) => standing.standardId) };
      break;
    }
  }
  if (!found) throw new Error('no learner in the demo class has mastered two standards');
  const { learnerId, standardIds } = found;
  const profile = await harnessValue(page, 'learners:profile', { learnerId, classId: first.id });
  await page.goto(`${harnessUrl().replace(/#.*$/, '')}#/learners/${encodeURIComponent(first.id)}/${encodeURIComponent(learnerId)}`);
  await expect(page.getByRole('heading', { level: 1, name: profile.learner.preferredName ?? profile.learner.givenName })).toBeVisible();

  await page.getByRole('button', { name: 'Add a goal…' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('The goal').fill('Show what I know about these two');
  for (const standardId of standardIds) {
    const standing = profile.academic.find((item) => item.standardId === standardId);
    await dialog.getByRole('checkbox', { name: new RegExp(escapeRegExp(standing?.statement.slice(0, 30) ?? '')) }).first().check();
  }
  await dialog.getByRole('button', { name: 'Add the goal' }).click();
  const goal = page.getByRole('region', { name: 'Goals', exact: true }).getByRole('listitem').filter({ hasText: 'Show what I know about these two' });
  await expect(goal).toContainText('2 of 2 standards mastered');
  await expect(goal.getByRole('progressbar')).toHaveAttribute('value', '100');
  await expect(goal.getByText('All its standards are mastered — mark as met?')).toBeVisible();
  await goal.getByRole('button', { name: 'Mark as met' }).click();
  await expect(goal.getByLabel('Status')).toHaveValue('met');
  await expect(goal.getByText('All its standards are mastered — mark as met?')).toHaveCount(0);
  await expect
    .poll(async () => (await harnessValue(page, 'learners:profile', { learnerId, classId: first.id })).goals.find((item) => item.body === 'Show what I know about these two')?.status)
    .toBe('met');
});

test('screen-share mode hides supports, contacts and private notes everywhere until it is switched off, and is remembered', async ({ page }) => {
  const { classId, learnerId } = await openFromRoster(page, 3);
  const profile = await harnessValue(page, 'learners:profile', { learnerId, classId });
  await page.getByRole('button', { name: 'Add a note…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('In words').fill('Private: reading support at home is changing');
  await dialog.getByRole('checkbox', { name: /Private/ }).check();
  await dialog.getByLabel('Your name').fill(teacher);
  await dialog.getByRole('button', { name: 'Add to the profile' }).click();
  await expect(page.getByRole('region', { name: 'Notes', exact: true })).toContainText('reading support at home is changing');
  const header = page.locator('.profile-header');
  const contact = profile.contacts[0];
  if (contact) await expect(header).toContainText(contact.name);

  const toggle = page.getByRole('switch', { name: 'Sharing my screen' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('reading support at home is changing')).toHaveCount(0);
  if (contact) await expect(header).not.toContainText(contact.name);
  // supports, contacts, the private note, and the note's line in the timeline
  await expect(page.getByText('Hidden while sharing the screen').first()).toBeVisible();
  expect(await page.getByText('Hidden while sharing the screen').count()).toBeGreaterThanOrEqual(3);
  // nor can the hidden note be opened for editing, which would show its text
  await expect(page.getByRole('region', { name: 'Notes', exact: true }).getByRole('button', { name: /^Edit/ })).toHaveCount(0);
  await page.screenshot({ path: `${screenshots}/profile-screen-share.png`, fullPage: true });

  // remembered: a reload (or tomorrow's start) keeps it on
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Sharing my screen' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('reading support at home is changing')).toHaveCount(0);
  await page.getByRole('switch', { name: 'Sharing my screen' }).click();
  await expect(page.getByRole('region', { name: 'Notes', exact: true })).toContainText('reading support at home is changing');
  if (contact) await expect(header).toContainText(contact.name);
});

test('a change the gradebook refuses shows at once, then is taken back with the gradebook’s own sentence', async ({ page }) => {
  const { classId, learnerId } = await openFromRoster(page, 4);
  const refusal = 'Another Proficio has this gradebook open, so it can only be read here.';
  // the gradebook's answer is held back until the optimistic entry has been seen, then refused the
  // way a gradebook opened read-only refuses every write
  let answer: () => void = () => undefined;
  const answered = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/api/learners:add-entry', async (route) => {
    await answered;
    await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'read_only', message: refusal, details: {} } }) });
  });
  await page.getByRole('button', { name: 'Add to the profile…' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('What is it?').selectOption('motivation');
  await dialog.getByLabel('In words').fill('Wants to show the class the volcano model');
  await dialog.getByRole('button', { name: 'Add to the profile' }).click();
  const drivers = page.getByRole('region', { name: /^What drives / });
  await expect(drivers.getByText('Wants to show the class the volcano model')).toBeVisible();
  answer();
  await expect(page.getByRole('alert').filter({ hasText: refusal })).toBeVisible();
  await expect(drivers.getByText('Wants to show the class the volcano model')).toHaveCount(0);
  const saved = await harnessValue(page, 'learners:profile', { learnerId, classId });
  expect(saved.drivers.map((entry) => entry.body)).not.toContain('Wants to show the class the volcano model');
  await page.getByRole('button', { name: 'Dismiss the message' }).click();
  await expect(page.getByRole('alert').filter({ hasText: refusal })).toHaveCount(0);
});

test('the learner picker finds a learner by part of a name typed without accents, and opens the profile', async ({ page }) => {
  const classes = await harnessValue(page, 'classes:list', {});
  const rosters = await Promise.all(classes.map((item) => harnessValue(page, 'learners:roster', { classId: item.id })));
  const accented = rosters.flat().find((entry) => /[^\u0020-\u007e]/.test(entry.familyName));
  if (!accented) throw new Error('the demo has no learner with an accented family name');
  const typed = accented.familyName.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().slice(0, 6);

  await page.getByRole('button', { name: 'Find a learner…' }).click();
  const picker = page.getByRole('dialog', { name: 'Find a learner' });
  await picker.getByRole('combobox', { name: 'Learner’s name' }).fill(typed);
  const option = picker.getByRole('option', { name: new RegExp(escapeRegExp(accented.familyName)) }).first();
  await expect(option).toBeVisible();
  // keyboard: move to the option and open it
  const options = picker.getByRole('option');
  const index = (await options.allTextContents()).findIndex((text) => text.includes(accented.familyName));
  for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
  const chosenName = ((await options.nth(index).locator('.learner-picker__name').textContent()) ?? '').replace(/\s*\(.*\)$/, '');
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: chosenName })).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(/^#\/learners\/[^/]+\/[^/]+$/);
});

test('a learner’s name in the gradebook grid opens their profile in the same class', async ({ page }) => {
  await page.getByRole('link', { name: 'Gradebook' }).click();
  const grid = page.getByRole('grid');
  await expect(grid).toBeVisible();
  const name = grid.getByRole('rowheader').getByRole('link').first();
  const shown = ((await name.textContent()) ?? '').trim();
  const classId = new URL(page.url()).hash.split('/')[2] ?? '';
  await name.click();
  await expect(page.getByRole('heading', { level: 1, name: shown })).toBeVisible();
  expect(new URL(page.url()).hash).toMatch(new RegExp(`^#/learners/${escapeRegExp(classId)}/[^/]+$`));
  // and back to the roster of that class
  await page.getByRole('link', { name: /^All learners in / }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learners' })).toBeVisible();
});

test('a link to a learner the gradebook does not have says so and leads back to the roster', async ({ page }) => {
  const [first] = await harnessValue(page, 'classes:list', {});
  if (!first) throw new Error('the demo has no class');
  await page.goto(`${harnessUrl().replace(/#.*$/, '')}#/learners/${encodeURIComponent(first.id)}/0198b39b-f800-7000-8000-000000000000`);
  await expect(page.getByRole('alert').filter({ hasText: 'This learner’s profile could not be opened' })).toBeVisible();
  await page.getByRole('link', { name: /^All learners in / }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learners' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
});

test('the profile page has no serious accessibility problems, nor its dialogs', async ({ page }) => {
  await openFromRoster(page, 0);
  await expect(page.getByRole('region', { name: 'Academic status' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Add a goal…' }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Add to the profile…' }).first().click();
  await page.getByRole('dialog').getByRole('button', { name: 'Add to the profile' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('region', { name: 'Academic status' }).getByRole('group').getByRole('button').first().click();
  await expect(page.getByRole('dialog').getByRole('heading')).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('status')).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Find a learner…' }).click();
  await page.getByRole('combobox', { name: 'Learner’s name' }).fill('a');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('switch', { name: 'Sharing my screen' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('switch', { name: 'Sharing my screen' }).click();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
