import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { harnessUrl, harnessValue } from './support/harness-api.js';
import { daysBetween, demoToday, isoPlusDays, openOnDay } from './support/clock.js';

const screenshots = 'test-results/screenshots';

test.beforeAll(() => mkdirSync(screenshots, { recursive: true }));

test('shows the roster of the class picked in the header, sortable by evidence', async ({ page }) => {
  await openOnDay(page, demoToday);
  await page.goto(harnessUrl());

  const info = await harnessValue(page, 'gradebook:info', {});
  const classes = await harnessValue(page, 'classes:list', {});
  expect(info.title, 'the demo gradebook has a title').toBeTruthy();
  expect(classes.length, 'the demo has several classes').toBeGreaterThanOrEqual(2);

  await expect(page.getByRole('banner')).toContainText(info.title ?? '');
  await expect(page).toHaveTitle(`${info.title} — Proficio`);
  // Learners is the start view
  await expect(page.getByRole('link', { name: 'Learners' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Learners' })).toBeVisible();

  const picker = page.getByRole('combobox', { name: 'Class' });
  await expect(picker).toHaveValue(classes[0]?.id ?? '');
  const optionIds = await picker.locator('option:not([disabled])').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(optionIds).toEqual(classes.map((item) => item.id));
  const second = classes.find((item) => item.id === optionIds[1]);
  if (!second) throw new Error('the class picker has no second class');
  await picker.selectOption(second.id);
  await expect(page).toHaveURL(new RegExp(`#/learners/${second.id}$`));

  const table = page.getByRole('table');
  await expect(table.locator('caption')).toContainText(second.title);
  await expect(table.locator('caption')).toContainText(`${second.learnerCount} learners`);
  const rows = table.locator('tbody tr');
  await expect(rows).toHaveCount(second.learnerCount);

  // every learner has an evidence count and (in the demo, where all were assessed) a last date
  const evidence = await rows.locator('td[data-column="evidence"]').allTextContents();
  const lastDates = await rows.locator('td[data-column="lastEvidence"] time').allTextContents();
  expect(evidence).toHaveLength(second.learnerCount);
  for (const count of evidence) expect(count).toMatch(/^\d[\d,]*$/);
  expect(lastDates).toHaveLength(second.learnerCount);

  // what the page shows matches the gradebook, learner by learner
  const roster = await harnessValue(page, 'learners:roster', { classId: second.id });
  // dates follow the browser's locale (renderer/src/format/calendar-date.ts): "21 Jan 2026" or "Jan 21, 2026"
  const locale = await page.evaluate(() => navigator.language);
  const written = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const expectedDates = roster.map((entry) => (entry.lastEvidenceOn ? written.format(new Date(`${entry.lastEvidenceOn}T00:00:00Z`)) : ''));
  expect([...lastDates].sort()).toEqual(expectedDates.sort());
  const shownTotal = evidence.reduce((sum, text) => sum + Number(text.replaceAll(',', '')), 0);
  expect(shownTotal).toBe(roster.reduce((sum, entry) => sum + entry.evidenceCount, 0));

  // sort by evidence: fewest first, then most first on a second click
  const evidenceHeader = table.getByRole('columnheader', { name: 'Evidence', exact: true });
  const numbers = async () => (await rows.locator('td[data-column="evidence"]').allTextContents()).map((text) => Number(text.replaceAll(',', '')));
  await evidenceHeader.getByRole('button').click();
  await expect(evidenceHeader).toHaveAttribute('aria-sort', 'ascending');
  expect(await numbers()).toEqual([...roster.map((entry) => entry.evidenceCount)].sort((a, b) => a - b));
  await evidenceHeader.getByRole('button').press('Enter');
  await expect(evidenceHeader).toHaveAttribute('aria-sort', 'descending');
  expect(await numbers()).toEqual([...roster.map((entry) => entry.evidenceCount)].sort((a, b) => b - a));
  await expect(table.getByRole('columnheader', { name: 'Learner' })).toHaveAttribute('aria-sort', 'none');

  // a calm picture for the README: no focus ring, no hover
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  await page.mouse.move(0, 799);
  await page.screenshot({ path: `${screenshots}/roster.png` });
});

test('flags learners with no evidence in the last 14 days', async ({ page }) => {
  // two weeks after the demo's last school day, some learners are due and some are not
  const classes = await (async () => {
    await page.goto(harnessUrl());
    return harnessValue(page, 'classes:list', {});
  })();
  const first = classes[0];
  if (!first) throw new Error('the demo has no class');
  const roster = await harnessValue(page, 'learners:roster', { classId: first.id });
  const oldest = roster.map((entry) => entry.lastEvidenceOn ?? demoToday).sort()[0] ?? demoToday;
  const today = isoPlusDays(oldest, 15);
  const expectedFlagged = roster.filter((entry) => entry.lastEvidenceOn === null || daysBetween(entry.lastEvidenceOn, today) > 14);
  expect(expectedFlagged.length).toBeGreaterThan(0);

  await openOnDay(page, today);
  // a new document, so the app starts with the pinned clock (a hash change alone would not reload)
  await page.goto(`${harnessUrl()}#/learners/${first.id}`);
  await page.reload();
  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(first.learnerCount);
  await expect(rows.filter({ hasText: 'Not seen lately' })).toHaveCount(expectedFlagged.length);
  await expect(page.getByRole('definition').filter({ hasText: 'no evidence in 14 days' })).toContainText(String(expectedFlagged.length));

  // sorting by last evidence puts the longest-unseen first
  const lastHeader = page.getByRole('columnheader', { name: 'Last evidence' });
  await lastHeader.getByRole('button').click();
  await expect(lastHeader).toHaveAttribute('aria-sort', 'ascending');
  const flags = await rows.evaluateAll((trs) => trs.map((tr) => tr.classList.contains('is-flagged')));
  expect(flags).toEqual(roster.map((_, index) => index < expectedFlagged.length));

  await page.screenshot({ path: `${screenshots}/roster-not-seen-lately.png` });
});

test('the sidebar works from the keyboard', async ({ page }) => {
  await page.goto(harnessUrl());
  await expect(page.getByRole('table')).toBeVisible();

  const gradebookLink = page.getByRole('link', { name: 'Gradebook' });
  await gradebookLink.focus();
  await page.keyboard.press('Enter');
  await expect(gradebookLink).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: 'Gradebook' })).toBeFocused();
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);

  // from the focused heading, Shift+Tab walks back through the header's class picker, learner picker
  // and screen-share switch to the sidebar
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('combobox', { name: 'Class' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Find a learner…' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('switch', { name: 'Sharing my screen' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Reports' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await page.goBack();
  await expect(gradebookLink).toHaveAttribute('aria-current', 'page');
  await page.goBack();
  await expect(page.getByRole('link', { name: 'Learners' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('table')).toBeVisible();
});

test('fits a narrower window: the sidebar keeps named icons and nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 700 });
  await openOnDay(page, demoToday);
  await page.goto(harnessUrl());
  await expect(page.getByRole('table').locator('tbody tr').first()).toBeVisible();
  for (const name of ['Gradebook', 'Learners', 'Paths', 'Groups', 'Standards', 'Reports']) {
    await expect(page.getByRole('link', { name })).toBeVisible();
  }
  await expect(page.getByRole('combobox', { name: 'Class' })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${screenshots}/roster-narrow.png` });
});
