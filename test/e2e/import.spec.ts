import { fixture } from '../helpers/fixtures-dir.js';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { harnessUrl, harnessValue } from './support/harness-api.js';

// the shared real-world fixtures live beside the repository (or PROFICIO_FIXTURES); never copied in.
// Under PROFICIO_REQUIRE_FIXTURES=1 (CI) a missing one fails this file instead of skipping its tests.
const caseOrdering = fixture('case-opensalt-tests', 'Ordering.json');
const minimalRoster = fixture('oneroster-catalyst-moodle', 'Test_minimal_data_set');
const fullRoster = fixture('oneroster-catalyst-moodle', 'Test_full_data_set');
const screenshots = 'test-results/screenshots';

test.beforeAll(() => mkdirSync(screenshots, { recursive: true }));

type CasePackage = { CFDocument: { title: string }; CFItems: { identifier: string; humanCodingScheme?: string }[] };

async function openWizard(page: Page): Promise<Locator> {
  await page.getByRole('complementary').getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import standards or a roster' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The counts table's cell for one table and one column, e.g. standards × added. */
function count(dialog: Locator, table: string, column: string): Locator {
  return dialog.locator(`tr[data-table="${table}"] td[data-count="${column}"]`);
}

async function calm(page: Page): Promise<void> {
  await page.mouse.move(0, 799);
}

test('imports a CASE package: preview, confirm, report, then browse and search its tree', async ({ page }) => {
  test.skip(!existsSync(caseOrdering), `the shared CASE fixture is not at ${caseOrdering}`);
  const raw = JSON.parse(readFileSync(caseOrdering, 'utf8')) as CasePackage;
  const itemCount = raw.CFItems.length;
  const title = raw.CFDocument.title;

  await page.goto(harnessUrl());
  await expect(page.getByRole('heading', { level: 1, name: 'Learners' })).toBeVisible();
  const dialog = await openWizard(page);
  await expect(dialog.getByRole('button', { name: 'Preview' })).toBeDisabled();
  await dialog.getByLabel('A file').setInputFiles(caseOrdering);
  await expect(dialog).toContainText('Chosen: Ordering.json');
  await dialog.getByRole('button', { name: 'Preview' }).click();

  // the preview: what would be written, from the raw file's own numbers; nothing written yet
  await expect(dialog.getByText('CASE 1.0 framework (JSON)')).toBeVisible();
  await expect(count(dialog, 'frameworks', 'added')).toHaveText('1');
  await expect(count(dialog, 'standards', 'added')).toHaveText(String(itemCount));
  await expect(count(dialog, 'standards', 'updated')).toHaveText('0');
  expect((await harnessValue(page, 'frameworks:list', {})).some((framework) => framework.title === title)).toBe(false);
  const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeEnabled();
  await calm(page);
  await page.screenshot({ path: `${screenshots}/import-preview.png` });

  await importButton.click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Imported Ordering.json' })).toBeVisible();
  await expect(dialog).toContainText(`${itemCount} standards added`);
  await expect(dialog).toContainText('1 framework added');
  await calm(page);
  await page.screenshot({ path: `${screenshots}/import-report.png` });

  const imported = (await harnessValue(page, 'frameworks:list', {})).find((framework) => framework.title === title);
  expect(imported?.standardCount).toBe(itemCount);

  // straight to the new framework's tree
  await dialog.getByRole('button', { name: 'Browse the standards' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Standards' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Framework' })).toHaveValue(imported?.id ?? '');
  const tree = page.getByRole('tree', { name: `Standards of ${title}` });
  await expect(tree).toBeVisible();

  // search by a code deep in the tree: the result reveals (opens its ancestors) and focuses its row
  const deep = raw.CFItems.map((item) => item.humanCodingScheme ?? '').filter((code) => code !== '').sort((a, b) => b.split('.').length - a.split('.').length || a.localeCompare(b))[0] ?? '';
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.fill(deep);
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('button').first()).toContainText(deep);
  await search.press('Enter');
  const row = tree.getByRole('treeitem', { name: new RegExp(`^${deep.replaceAll('.', '\\.')} `) });
  await expect(row).toBeFocused();
  await expect(row).toHaveAttribute('aria-selected', 'true');

  // the keyboard walks the tree: Up to the previous row, Left steps out to the parent
  await page.keyboard.press('ArrowLeft');
  const parent = tree.getByRole('treeitem', { selected: true });
  await expect(parent).toBeFocused();
  await expect(parent).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(parent).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('ArrowRight');
  await expect(parent).toHaveAttribute('aria-expanded', 'true');

  // a shorter prefix matches a whole branch: every match is marked in the tree
  const prefix = deep.split('.').slice(0, -1).join('.');
  const matching = raw.CFItems.filter((item) => item.humanCodingScheme?.startsWith(prefix)).length;
  await search.fill(prefix);
  await expect(page.getByText(`${matching} standards match “${prefix}”.`)).toBeVisible();
  await search.press('Enter');
  await expect(tree.locator('.standard-row.is-match')).toHaveCount(matching);
  // a taller window for the picture, so the search, the marked matches and the tree all show
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.locator('#main').evaluate((main) => main.scrollTo({ top: 0 }));
  await calm(page);
  await page.screenshot({ path: `${screenshots}/standards-tree.png` });
});

test('a standards CSV with errors shows where they are, cannot be imported, and changes nothing', async ({ page }, testInfo) => {
  const broken = testInfo.outputPath('my-targets.csv');
  writeFileSync(broken, ['code,statement,parent code,grade,type', 'A,Alpha,,5,domain', 'A.1,,A,5,standard', 'B.1,Beta,ZZZ,5,standard', ''].join('\n'));

  await page.goto(harnessUrl());
  const before = await harnessValue(page, 'gradebook:info', {});
  const dialog = await openWizard(page);
  await dialog.getByLabel('Framework title').fill('My targets');
  await dialog.getByLabel('A file').setInputFiles(broken);
  await dialog.getByRole('button', { name: 'Preview' }).click();

  await expect(dialog.getByText('Standards CSV', { exact: true })).toBeVisible();
  const issues = dialog.getByRole('table', { name: 'Problems found in the file' });
  await expect(issues.locator('tbody tr')).toHaveCount(2);
  const first = issues.locator('tbody tr').first();
  await expect(first.getByRole('cell').nth(0)).toHaveText('Error');
  await expect(first.getByRole('cell').nth(1)).toHaveText('my-targets.csv');
  await expect(first.getByRole('cell').nth(2)).toHaveText('3');
  await expect(first.getByRole('cell').nth(3)).toHaveText('statement');
  const second = issues.locator('tbody tr').nth(1);
  await expect(second.getByRole('cell').nth(2)).toHaveText('4');
  await expect(second.getByRole('cell').nth(3)).toHaveText('parent code');
  await expect(second.getByRole('cell').nth(5)).toHaveText('ZZZ');
  await expect(dialog).toContainText('2 errors, 0 warnings');

  const importButton = dialog.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await expect(importButton).toHaveAccessibleDescription(/The file has 2 errors, so nothing can be imported/);
  await expect(dialog.getByRole('button', { name: 'Import the valid rows' })).toHaveCount(0);

  // Back returns to the first step, where the template a teacher could start from is offered
  await dialog.getByRole('button', { name: 'Back' }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download the standards CSV template' }).click();
  expect((await download).suggestedFilename()).toBe('standards-template.csv');

  // Escape closes the wizard; the gradebook is as it was
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const after = await harnessValue(page, 'gradebook:info', {});
  expect(after.counts).toEqual(before.counts);
});

test('imports a OneRoster folder: preview, confirm, report, and the classes join the class picker', async ({ page }) => {
  test.skip(!existsSync(minimalRoster), `the shared OneRoster fixture is not at ${minimalRoster}`);
  const classTitles = readFileSync(join(minimalRoster, 'classes.csv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',')[3] ?? '');
  expect(classTitles.length).toBeGreaterThan(0);
  const fileCount = readdirSync(minimalRoster).filter((name) => name.endsWith('.csv')).length;

  await page.goto(harnessUrl());
  const dialog = await openWizard(page);
  // Playwright uploads a whole directory into a webkitdirectory input
  await dialog.getByLabel('A OneRoster folder').setInputFiles(minimalRoster);
  await expect(dialog).toContainText(`Chosen: Test_minimal_data_set (${fileCount} files)`);
  await dialog.getByRole('button', { name: 'Preview' }).click();

  await expect(dialog.getByText('OneRoster roster')).toBeVisible();
  await expect(count(dialog, 'classes', 'added')).toHaveText(String(classTitles.length));
  // the file's repairs are warnings (Scheduled → scheduled, TRUE → true): they do not stop the import
  const issues = dialog.getByRole('table', { name: 'Problems found in the file' });
  await expect(issues.locator('tbody tr').first().getByRole('cell').first()).toHaveText('Warning');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(dialog.getByRole('status').filter({ hasText: 'Imported Test_minimal_data_set' })).toBeVisible();
  await expect(dialog).toContainText(`${classTitles.length} classes added`);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  const picker = page.getByRole('combobox', { name: 'Class' });
  for (const title of classTitles) await expect(picker.getByRole('option', { name: title })).toHaveCount(1);
  const classes = await harnessValue(page, 'classes:list', {});
  for (const title of classTitles) expect(classes.some((item) => item.title === title)).toBe(true);
});

test('the report counts the classes a teacher will see: a class marked tobedeleted is not "added"; a package.json is no standards or roster file', async ({ page }, testInfo) => {
  test.skip(!existsSync(fullRoster), `the shared OneRoster fixture is not at ${fullRoster}`);
  // the full set lists two classes, one of them tobedeleted; its ids are renamed (in a copy under the
  // test's output) so that its school and classes are new whichever test imported the minimal set before
  const set = testInfo.outputPath('Test_full_data_set');
  mkdirSync(set, { recursive: true });
  for (const name of readdirSync(fullRoster)) writeFileSync(join(set, name), readFileSync(join(fullRoster, name), 'utf8').replaceAll('-222-', '-e2e-'));
  const classRows = readFileSync(join(set, 'classes.csv'), 'utf8').split(/\r?\n/).slice(1).filter((line) => line.trim() !== '');
  const kept = classRows.filter((line) => line.split(',')[1] !== 'tobedeleted').map((line) => line.split(',')[3] ?? '');
  expect([classRows.length, kept.length]).toEqual([2, 1]);

  await page.goto(harnessUrl());
  const before = (await harnessValue(page, 'classes:list', {})).map((item) => item.title);
  const dialog = await openWizard(page);
  await dialog.getByLabel('A OneRoster folder').setInputFiles(set);
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(count(dialog, 'classes', 'added')).toHaveText('1');
  await expect(count(dialog, 'classes', 'skipped')).toHaveText('1');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Imported Test_full_data_set' })).toBeVisible();
  await expect(dialog).toContainText('1 class added');
  await expect(dialog).not.toContainText('2 classes added');
  // exactly the one class the teacher was told about joined the list
  const after = (await harnessValue(page, 'classes:list', {})).map((item) => item.title);
  expect(after.toSorted()).toEqual([...before, ...kept].toSorted());

  // someone else's JSON: said plainly, with where the accepted kinds are listed
  await dialog.getByRole('button', { name: 'Import another file' }).click();
  await dialog.getByLabel('A file').setInputFiles({ name: 'package.json', mimeType: 'application/json', buffer: Buffer.from('{"name": "x", "version": "1.0.0"}') });
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog).toContainText('Not recognised');
  await expect(dialog).toContainText('this is not a standards or roster file');
  await expect(dialog).toContainText('Importing standards and rosters');
  await expect(dialog).not.toContainText('has no CFDocument');
  await expect(dialog).not.toContainText('CASE 1.0 framework');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await calm(page);
  await page.screenshot({ path: `${screenshots}/import-not-ours.png` });
});

test('a class tracks two more standards: ticked in the tree (tri-state by domain), saved all at once', async ({ page }, testInfo) => {
  // the demo's classes already track every demo standard, so the test brings a small framework of its own
  const targets = testInfo.outputPath('exit-tickets.csv');
  writeFileSync(
    targets,
    ['code,statement,parent code,grade,type', 'ET,Exit tickets,,5,domain', 'ET.1,Explain a fraction as division,ET,5,standard', 'ET.2,Compare products by size,ET,5,standard', 'ET.3,Interpret a line plot,ET,5,standard', ''].join('\n'),
  );
  await page.goto(harnessUrl());
  const chosen = (await harnessValue(page, 'classes:list', {}))[0];
  if (!chosen) throw new Error('the demo has no class');
  const before = await harnessValue(page, 'standards:tracked', { classId: chosen.id });

  const dialog = await openWizard(page);
  await dialog.getByLabel('Framework title').fill('Exit tickets (e2e)');
  await dialog.getByLabel('A file').setInputFiles(targets);
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(count(dialog, 'standards', 'added')).toHaveText('4');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await dialog.getByRole('button', { name: 'Browse the standards' }).click();

  const tree = page.getByRole('tree', { name: 'Standards of Exit tickets (e2e)' });
  await expect(tree).toBeVisible();
  await expect(page.getByText(`Tracked by ${chosen.title}`, { exact: true })).toBeVisible();
  const box = (code: string) => page.getByRole('checkbox', { name: `Tracked by ${chosen.title}: ${code}`, exact: true });
  const domainBox = page.getByRole('checkbox', { name: `Tracked by ${chosen.title}: everything in ET`, exact: true });

  // the domain's box ticks and clears everything under it
  await domainBox.click();
  for (const code of ['ET.1', 'ET.2', 'ET.3']) await expect(box(code)).toBeChecked();
  await domainBox.click();
  for (const code of ['ET.1', 'ET.2', 'ET.3']) await expect(box(code)).not.toBeChecked();

  // two by keyboard: focus the row, Space ticks it; the domain is then part-ticked
  await tree.getByRole('treeitem', { name: /^ET\.1 / }).click();
  await page.keyboard.press(' ');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(tree.getByRole('treeitem', { name: /^ET\.3 / })).toBeFocused();
  await page.keyboard.press(' ');
  await expect(box('ET.1')).toBeChecked();
  await expect(box('ET.2')).not.toBeChecked();
  await expect(box('ET.3')).toBeChecked();
  await expect(domainBox).toBeChecked({ indeterminate: true });
  await expect(page.getByText('unsaved: 2 to add')).toBeVisible();

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved. ${chosen.title} now tracks ${before.length + 2} standards.` })).toBeVisible();
  const after = await harnessValue(page, 'standards:tracked', { classId: chosen.id });
  expect(after).toHaveLength(before.length + 2);
  // what the class tracked before keeps its order; the new ones follow, in the framework's order
  expect(after.map((standard) => standard.code)).toEqual([...before.map((standard) => standard.code), 'ET.1', 'ET.3']);
  await calm(page);
  await page.screenshot({ path: `${screenshots}/standards-tracking.png` });
});

test('the wizard’s Options fields are full-size text boxes, and no hint overlaps what follows (issue 9, defect 3)', async ({ page }) => {
  await page.goto(harnessUrl());
  await expect(page.getByRole('heading', { level: 1, name: 'Learners' })).toBeVisible();
  const dialog = await openWizard(page);
  const options = dialog.getByRole('group', { name: 'Options' });
  const boxes = [options.getByLabel('Framework title'), options.getByLabel('Only my classes (teacher sourcedId)')];
  for (const box of boxes) {
    const size = await box.boundingBox();
    // the defect: 18 px text boxes drawn inside a second box that only looked like an input
    expect(size?.height ?? 0).toBeGreaterThanOrEqual(28);
    expect(size?.width ?? 0).toBeGreaterThan(200);
    expect(await box.evaluate((input) => input.parentElement?.closest('.field') === null)).toBe(true);
    await box.fill('Grade 5 math');
    await expect(box).toHaveValue('Grade 5 math');
  }
  // the fields (label, box, hint) do not overlap each other, and each hint stays inside its field
  const fields = await options.locator('.form-field').evaluateAll((nodes) => nodes.map((node) => node.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })));
  expect(fields).toHaveLength(2);
  const [a, b] = [fields[0]!, fields[1]!];
  const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
  expect(apart).toBe(true);
  const hintBottoms = await options.locator('.field-hint').evaluateAll((hints) => hints.map((hint) => hint.getBoundingClientRect().bottom));
  hintBottoms.forEach((bottom, i) => expect(bottom).toBeLessThanOrEqual(fields[i]!.bottom + 0.5));
  const link = dialog.getByRole('link', { name: /template/i }).or(dialog.getByRole('button', { name: /template/i })).first();
  const linkTop = (await link.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  const optionsBottom = await options.evaluate((group) => group.getBoundingClientRect().bottom);
  expect(optionsBottom).toBeLessThanOrEqual(linkTop);
  await calm(page);
  await dialog.screenshot({ path: `${screenshots}/import-options.png` });
});
