import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { harnessUrl, harnessValue } from './support/harness-api.js';

/**
 * The school edits its learning-related skills from the Standards view: add one (every class that tracks
 * skills gets it), rename it in its row, retire it (no class tracks it; its evidence stays), bring it
 * back; Escape with something typed asks before throwing it away.
 */
const screenshots = 'test-results/screenshots';
test.beforeAll(() => mkdirSync(screenshots, { recursive: true }));

test('a skill added in the Standards view is listed and tracked, renamed in its row, retired and brought back', async ({ page }) => {
  await page.goto(`${harnessUrl()}#/standards`);
  await expect(page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible();
  const before = await harnessValue(page, 'standards:skills', {});
  const trackingClasses = Math.max(...before.filter((skill) => !skill.retired).map((skill) => skill.classCount), 0);

  await page.screenshot({ path: `${screenshots}/standards-header.png`, clip: { x: 224, y: 60, width: 1056, height: 120 } });
  await page.getByRole('button', { name: 'Learning-related skills…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Learning-related skills' });
  const list = dialog.getByRole('list', { name: 'Skills' });
  await expect(list.getByRole('listitem')).toHaveCount(before.length);
  await expect(dialog.getByText('no class will track it; evidence already recorded is kept')).toBeVisible();

  const add = dialog.getByRole('form', { name: 'Add a skill' });
  await add.getByLabel('New skill').fill('Checks own work before handing in');
  await add.getByLabel('Code (optional)').fill('LS.E2E');
  await add.getByRole('button', { name: 'Add skill' }).click();
  const classes = trackingClasses === 1 ? '1 class' : `${trackingClasses} classes`;
  await expect(dialog.getByRole('status')).toHaveText(`Added “Checks own work before handing in”. Tracked by ${classes} now.`);
  const row = list.getByRole('listitem').filter({ hasText: 'LS.E2E' });
  await expect(row).toContainText('Checks own work before handing in');
  await expect(row).toContainText(`Tracked by ${classes}`);
  await expect(add.getByLabel('New skill')).toHaveValue('');
  const added = (await harnessValue(page, 'standards:skills', {})).find((skill) => skill.code === 'LS.E2E');
  expect(added).toMatchObject({ statement: 'Checks own work before handing in', retired: false, classCount: trackingClasses });
  await dialog.screenshot({ path: `${screenshots}/skills-added.png` });

  // renamed in its row: Enter saves
  await row.getByRole('button', { name: 'Rename Checks own work before handing in' }).click();
  const rename = dialog.getByRole('form', { name: 'Rename Checks own work before handing in' });
  await rename.getByLabel('Skill').fill('Checks own work, then hands it in');
  await rename.getByLabel('Skill').press('Enter');
  await expect(dialog.getByRole('status')).toHaveText('Renamed to “Checks own work, then hands it in”. Evidence already recorded stays with it.');
  const renamed = list.getByRole('listitem').filter({ hasText: 'LS.E2E' });
  await expect(renamed).toContainText('Checks own work, then hands it in');

  // retired: no class tracks it, it stays in the list as retired, and comes back
  await renamed.getByRole('button', { name: 'Retire Checks own work, then hands it in' }).click();
  await expect(renamed).toContainText('Retired: no class tracks it; its evidence is kept');
  expect((await harnessValue(page, 'standards:skills', {})).find((skill) => skill.code === 'LS.E2E')).toMatchObject({ retired: true, classCount: 0 });
  await expect(list.getByRole('listitem').last()).toContainText('Checks own work, then hands it in');
  await dialog.screenshot({ path: `${screenshots}/skills-retired.png` });
  await renamed.getByRole('button', { name: 'Bring back Checks own work, then hands it in' }).click();
  await expect(renamed).toContainText(`Tracked by ${classes}`);
  await renamed.getByRole('button', { name: 'Retire Checks own work, then hands it in' }).click();
  await expect(renamed).toContainText('Retired');

  // Escape with a skill typed asks first; "Keep editing" keeps it, "Discard changes" closes
  await add.getByLabel('New skill').fill('Plans the week');
  await page.keyboard.press('Escape');
  const ask = page.getByRole('dialog', { name: 'Discard your changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(ask).toBeHidden();
  await expect(add.getByLabel('New skill')).toHaveValue('Plans the week');
  await page.keyboard.press('Escape');
  await ask.getByRole('button', { name: 'Discard changes' }).click();
  await expect(dialog).toBeHidden();
  expect((await harnessValue(page, 'standards:skills', {})).some((skill) => skill.statement === 'Plans the week')).toBe(false);

  // nothing typed: Escape simply closes
  await page.getByRole('button', { name: 'Learning-related skills…' }).click();
  await expect(dialog.getByRole('list', { name: 'Skills' }).getByRole('listitem')).toHaveCount(before.length + 1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
