import { fixture } from '../helpers/fixtures-dir.js';
import { expect, test, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { harnessUrl, harnessValue } from './support/harness-api.js';

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
  // the harness's gradebook is shared by the suite: the prerequisite-map spec may have imported this package
  // already, and then the import changes nothing — either way the framework is there to browse
  await expect(dialog.getByRole('status').filter({ hasText: /Imported math_cfs_sample\.json|Nothing needed to change/ })).toBeVisible({ timeout: 30_000 });
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

const ccssTitle = 'Common Core State Standards for Mathematics';

/** CCSS Math in the gradebook (imported through the wizard unless an earlier test did), its tree on screen. */
async function showCcssMath(page: Page): Promise<string> {
  await page.goto(`${harnessUrl()}#/standards`);
  await expect(page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible();
  let framework = (await harnessValue(page, 'frameworks:list', {})).find((item) => item.title === ccssTitle);
  if (!framework) {
    await page.getByRole('button', { name: 'Import…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Import standards or a roster' });
    await dialog.getByLabel('A file').setInputFiles(ccssMath);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.getByRole('button', { name: 'Browse the standards' }).click();
    framework = (await harnessValue(page, 'frameworks:list', {})).find((item) => item.title === ccssTitle)!;
  }
  await page.getByRole('combobox', { name: 'Framework' }).selectOption(framework.id);
  await expect(page.getByRole('tree', { name: `Standards of ${ccssTitle}` })).toBeVisible();
  return framework.id;
}

test('the Grade select filters the tree too: one grade’s standards under their groups, the whole framework again on Any grade', async ({ page }) => {
  test.skip(!existsSync(ccssMath), `the shared CASE fixture is not at ${ccssMath}`);
  const frameworkId = await showCcssMath(page);
  const flat = await harnessValue(page, 'standards:tree', { frameworkId });
  // what grade 5 keeps, worked out here from the stored grade levels: its standards and every group above them
  const byId = new Map(flat.map((standard) => [standard.id, standard]));
  const kept = new Set<string>();
  for (const standard of flat.filter((item) => item.gradeLevels.some((level) => Number(level) === 5))) {
    for (let at: string | null = standard.id; at !== null && byId.has(at) && !kept.has(at); at = byId.get(at)!.parentId) kept.add(at);
  }
  expect(kept.size).toBeGreaterThan(50);
  expect(kept.size).toBeLessThan(flat.length / 4);

  const tree = page.getByRole('tree', { name: `Standards of ${ccssTitle}` });
  const codes = tree.locator('.standard-row__code[title]');
  const grade = page.getByRole('combobox', { name: 'Grade' });
  await grade.selectOption({ label: 'Grade 5' });
  await expect(page.getByRole('status').filter({ hasText: 'Showing Grade 5' })).toHaveText(`Showing Grade 5: ${kept.size} of ${flat.length} standards and groups.`);
  await page.screenshot({ path: 'test-results/screenshots/standards-grade-5-top.png' });

  // open every group (Right on a closed row opens it) until nothing is closed
  const closed = tree.locator('[role="treeitem"][aria-expanded="false"]');
  for (let round = 0; round < 200 && (await closed.count()) > 0; round++) {
    await closed.first().click();
    await page.keyboard.press('ArrowRight');
  }
  await expect(closed).toHaveCount(0);
  const shown = await codes.evaluateAll((cells) => cells.map((cell) => cell.getAttribute('title') ?? ''));
  expect(shown).toContain('CCSS.Math.Content.5.NF.A.1');
  expect(shown.filter((code) => /^CCSS\.Math\.Content\.(K|[0-46-9]|HS)/.test(code)), 'no other grade’s standard').toEqual([]);
  await expect(tree.getByRole('treeitem')).toHaveCount(kept.size);
  await page.screenshot({ path: 'test-results/screenshots/standards-grade-5.png' });

  // the search keeps to the grade as before, and Any grade brings the whole framework back
  await page.getByRole('searchbox', { name: 'Search' }).fill('4.NF');
  await expect(page.getByText('No standard matches “4.NF”.')).toBeVisible();
  await grade.selectOption({ label: 'Any grade' });
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Search results' }).locator('.search-result__code[title="CCSS.Math.Content.4.NF.A.1"]')).toHaveText('4.NF.A.1');
  expect(await tree.getByRole('treeitem').count()).toBeGreaterThan(kept.size);
});
