import { fixture } from '../helpers/fixtures-dir.js';
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { harnessUrl } from './support/harness-api.js';

const ccssMath = fixture('case-opensalt-ccss-math-2017', 'math_cfs_sample.json');

test('after importing CCSS Math, typing 5.NF finds CCSS.Math.Content.5.NF.A.1, shown as 5.NF.A.1', async ({ page }) => {
  test.skip(!existsSync(ccssMath), `the shared CASE fixture is not at ${ccssMath}`);
  await page.goto(harnessUrl());
  await expect(page.getByRole('heading', { level: 1, name: 'Learners' })).toBeVisible();
  await page.getByRole('complementary').getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import standards or a roster' });
  await dialog.getByLabel('A file').setInputFiles(ccssMath);
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Imported math_cfs_sample.json' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Browse the standards' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Search' }).fill('5.NF');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('button').first()).toContainText('5.NF.A');
  const code = results.locator('.search-result__code[title="CCSS.Math.Content.5.NF.A.1"]');
  await expect(code).toHaveText('5.NF.A.1');

  // the grade filter: grade 5 keeps them, grade 4 leaves none
  const grade = page.getByRole('combobox', { name: 'Grade' });
  await grade.selectOption({ label: 'Grade 5' });
  await expect(code).toHaveText('5.NF.A.1');
  await grade.selectOption({ label: 'Grade 4' });
  await expect(page.getByText('No standard matches “5.NF”.')).toBeVisible();
  await grade.selectOption({ label: 'Any grade' });
  await expect(code).toHaveText('5.NF.A.1');
});
