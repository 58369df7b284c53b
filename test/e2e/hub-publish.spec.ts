import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startPostgresForTests, type PostgresCluster } from '../helpers/postgres-cluster.js';
import { demoToday, openOnDay } from './support/clock.js';
import { harnessUrl, harnessValue } from './support/harness-api.js';
import { seriousViolations } from './support/axe.js';

/**
 * File → Publish to school hub… in the window, against a throwaway PostgreSQL (test/helpers/
 * postgres-cluster.ts): the harness stands in for the desktop menu (POST /menu/publish-to-hub posts the
 * event Electron's menu item sends), the dialog asks for the address and password, a wrong password and
 * an unreachable hub are said in plain words, a publish shows its outcome, and the hub then holds the
 * gradebook's evidence. Skips with one line where no PostgreSQL can be started (and fails under
 * PROFICIO_REQUIRE_POSTGRES=1, as CI sets it).
 */
const screenshots = 'test-results/screenshots';
const root = resolve(import.meta.dirname, '../..');
let cluster: PostgresCluster | null = null;
let address = '';
let database = '';
/** A second hub, for the publish that is stopped midway (the first already holds this gradebook). */
let stopDatabase = '';

test.beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  cluster = await startPostgresForTests();
  if (cluster === null) return;
  database = await cluster.createDatabase('e2e_hub');
  // IT's part: the hub's schema (proficio hub init), then a teacher's login that needs its password
  execFileSync(process.execPath, ['main/cli/proficio.mjs', 'hub', 'init', '--hub', cluster.url(database)], { cwd: root, stdio: 'pipe' });
  await cluster.query('postgres', `CREATE ROLE e2e_teacher LOGIN PASSWORD 'correct horse' IN ROLE proficio_teacher`);
  // a coach's login reads every published gradebook (the test cluster trusts it: no password)
  await cluster.query('postgres', `CREATE ROLE e2e_coach LOGIN IN ROLE proficio_coach`);
  const hba = join(cluster.socketDir, 'data', 'pg_hba.conf');
  writeFileSync(hba, `local all e2e_teacher scram-sha-256\n${readFileSync(hba, 'utf8')}`);
  await cluster.query('postgres', 'SELECT pg_reload_conf()');
  address = cluster.url(database, 'e2e_teacher');
  stopDatabase = await cluster.createDatabase('e2e_hub_stop');
  execFileSync(process.execPath, ['main/cli/proficio.mjs', 'hub', 'init', '--hub', cluster.url(stopDatabase)], { cwd: root, stdio: 'pipe' });
});
test.afterAll(() => cluster?.stop());

test.beforeEach(async ({ page }) => {
  test.skip(cluster === null, 'no PostgreSQL could be started (apt-get install postgresql to run the hub e2e)');
  // a first publish sends the whole demo gradebook, on two busy cores
  test.setTimeout(180_000);
  await openOnDay(page, demoToday);
  await page.goto(harnessUrl());
  await expect(page.getByRole('navigation').first()).toBeVisible();
});

/** Chooses File → Publish to school hub…, as the desktop menu does, through the harness's stand-in. */
async function chooseMenuPublish(page: Page): Promise<void> {
  const token = await page.locator('meta[name="proficio-harness-token"]').getAttribute('content');
  // the page listens to the event stream once it has loaded; keep choosing until the dialog opens
  await expect(async () => {
    const response = await page.request.post(new URL('menu/publish-to-hub', harnessUrl()).href, { headers: { 'x-proficio-token': token ?? '' } });
    expect(response.status()).toBe(200);
    await expect(page.getByRole('dialog', { name: 'Publish to school hub' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

test('File → Publish to school hub…: a wrong password and an unreachable hub are said plainly, then the gradebook is published, and again changes nothing', async ({ page }) => {
  await chooseMenuPublish(page);
  const dialog = page.getByRole('dialog', { name: 'Publish to school hub' });
  const addressField = dialog.getByLabel('Hub address');
  const passwordField = dialog.getByLabel('Password', { exact: true });
  const publish = dialog.getByRole('button', { name: /^(Publish|Try again|Publish again)$/ });

  // nothing typed: the dialog says what is missing and sends nothing
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(dialog.getByText('Type the hub’s address first.')).toBeVisible();

  // an address where no hub answers
  await addressField.fill(`postgres://e2e_teacher@localhost/${database}?host=${encodeURIComponent('/nonexistent/proficio-hub')}`);
  await passwordField.fill('correct horse');
  await publish.click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('Cannot reach the school hub', { timeout: 30_000 });
  await expect(refusal).toContainText('Check the address, and that this computer is on the school’s network');

  // the right hub, the wrong password
  await addressField.fill(address);
  await passwordField.fill('wrong horse');
  await publish.click();
  await expect(refusal).toContainText('The school hub refused the login', { timeout: 30_000 });
  await expect(refusal).toContainText('check the user name in the address and the password');
  await expect(passwordField).toBeFocused();

  // the right password, kept (in the harness: for this session only)
  await passwordField.fill('correct horse');
  await expect(dialog.getByLabel(/Keep the password on this computer/)).toBeChecked();
  await publish.click();
  const outcome = dialog.getByRole('status');
  await expect(outcome).toContainText(/^Published [\d,]+ changes to the school hub at \d{1,2}:\d{2}/, { timeout: 150_000 });
  await expect(outcome).toContainText('Coaches see it in their reports now.');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${screenshots}/hub-publish-done.png` });

  // the hub holds the gradebook's evidence, under the teacher's login
  const info = await harnessValue(page, 'gradebook:info', {});
  const [published] = await cluster!.query<{ owner: string; evidence: number }>(
    database,
    `SELECT g.owner, (SELECT count(*)::int FROM proficio.evidence e WHERE e.gradebook_id = g.id AND e.tombstoned_at IS NULL) AS evidence FROM proficio.gradebooks g`,
  );
  expect(published?.owner).toBe('e2e_teacher');
  expect(published?.evidence).toBeGreaterThan(0);
  // trashed evidence is not published (earlier specs on this harness may have left some in the trash)
  let trashed = 0;
  for (const schoolClass of await harnessValue(page, 'classes:list', {})) trashed += (await harnessValue(page, 'evidence:listTrashed', { classId: schoolClass.id })).length;
  expect(published?.evidence).toBe((info.counts['evidence'] ?? 0) - trashed);

  // closed and chosen again: the address is remembered, the password kept; nothing changed since
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await chooseMenuPublish(page);
  await expect(addressField).toHaveValue(address);
  await expect(dialog.getByText('Kept safely on this computer: leave this empty to use it.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(outcome).toContainText('Nothing had changed since the last publish', { timeout: 60_000 });
  await page.screenshot({ path: `${screenshots}/hub-publish-nothing-changed.png` });
});

test('Reports → Source: School hub: a coach signs in and reads the published class with the numbers this gradebook gives it', async ({ page }) => {
  // the class's own report first, from the gradebook open in this window
  const [first] = await harnessValue(page, 'classes:list', {});
  if (!first) throw new Error('the demo gradebook has no class');
  await page.goto(`${harnessUrl()}#/reports/${encodeURIComponent(first.id)}`);
  const standards = page.getByRole('table', { name: /Each standard/ });
  await expect(standards).toBeVisible({ timeout: 30_000 });
  const ownRows = await standards.getByRole('row').allInnerTexts();

  // the hub holds this gradebook once the first test (or this one) has published it
  await chooseMenuPublish(page);
  const publish = page.getByRole('dialog', { name: 'Publish to school hub' });
  await publish.getByLabel('Hub address').fill(address);
  await publish.getByLabel('Password', { exact: true }).fill('correct horse');
  await publish.getByRole('button', { name: 'Publish' }).click();
  await expect(publish.getByRole('status')).toContainText(/^(Published|Nothing had changed)/, { timeout: 150_000 });
  await publish.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('radiogroup', { name: 'Source' }).getByRole('radio', { name: 'School hub' }).click();
  await page.getByLabel('Hub address').fill(cluster!.url(database, 'e2e_coach'));
  await page.screenshot({ path: `${screenshots}/hub-reports-sign-in.png` });
  await page.getByRole('button', { name: 'Read the school hub' }).click();
  await expect(page.getByText(`Reading the school hub at e2e_coach@${cluster!.socketDir}:${cluster!.port}/${database}: 1 published gradebook, for reading only.`)).toBeVisible({ timeout: 60_000 });
  const hubRows = page.getByRole('table', { name: /Each standard/ });
  await expect(hubRows).toBeVisible({ timeout: 60_000 });
  // the first class of the hub is this gradebook's first class: each standard's row reads the same
  expect(await hubRows.getByRole('row').allInnerTexts()).toEqual(ownRows);
  await expect(page.getByRole('heading', { name: 'School summary: each class' })).toBeVisible({ timeout: 60_000 });
  // the header's Class menu (this gradebook's classes) would do nothing here: it is not shown
  await expect(page.locator('.app-header').getByLabel('Class', { exact: true })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${screenshots}/hub-reports-source.png`, fullPage: false });

  // an export from the hub: the JSON a coach's scripts read, with every published class of the hub
  const exports = page.getByRole('group', { name: 'Export every published class and the school summary' });
  const downloading = page.waitForEvent('download');
  await exports.getByRole('button', { name: 'JSON (numbers)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^school-hub-report.*\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { classes: { title: string; standards: unknown[] }[] };
  const published = await harnessValue(page, 'classes:list', {});
  expect(exported.classes.map((klass) => klass.title).sort()).toEqual(published.map((klass) => klass.title).sort());
  await expect(exports.getByRole('status')).toContainText(/^Saved school-hub-report.*\.json to your downloads\./);
  await page.screenshot({ path: `${screenshots}/hub-reports-export.png`, fullPage: false });

  // the term filter lists the school's terms as the hub got them; choosing one sets the evidence window
  const [term] = await harnessValue(page, 'reports:terms', {});
  if (!term) throw new Error('the demo gradebook has no term');
  await page.getByLabel('Term', { exact: true }).selectOption(term.termId);
  await expect(page.getByLabel('Evidence from')).toHaveValue(term.startsOn);
  await expect(page.getByLabel('to', { exact: true })).toHaveValue(term.endsOn);
  await expect(hubRows).toBeVisible({ timeout: 60_000 });

  // back to this gradebook: its own report again
  await page.getByRole('radiogroup', { name: 'Source' }).getByRole('radio', { name: 'This gradebook' }).click();
  await expect(standards).toBeVisible({ timeout: 30_000 });
});

test('Stop in the publish dialog: a publish stopped midway leaves the school hub as it was, and the next publish completes it', async ({ page }) => {
  await chooseMenuPublish(page);
  const dialog = page.getByRole('dialog', { name: 'Publish to school hub' });
  await dialog.getByLabel('Hub address').fill(cluster!.url(stopDatabase, 'e2e_teacher'));
  await dialog.getByLabel('Password', { exact: true }).fill('correct horse');
  await dialog.getByRole('button', { name: 'Publish' }).click();
  // once rows are on their way (a first publish sends the whole gradebook), Stop
  await expect(dialog.getByText(/^Sending /)).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Stop' }).click();
  const outcome = dialog.getByRole('status');
  await expect(outcome).toContainText('Stopped: the school hub is as it was before', { timeout: 60_000 });
  await expect(outcome).toContainText('your gradebook is unchanged');
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${screenshots}/hub-publish-stopped.png` });
  // the hub holds nothing of it: the publish's one transaction was rolled back
  const [held] = await cluster!.query<{ gradebooks: number; evidence: number }>(
    stopDatabase,
    'SELECT (SELECT count(*)::int FROM proficio.gradebooks) AS gradebooks, (SELECT count(*)::int FROM proficio.evidence) AS evidence',
  );
  expect(held).toEqual({ gradebooks: 0, evidence: 0 });

  await dialog.getByRole('button', { name: 'Publish again' }).click();
  await expect(outcome).toContainText(/^Published [\d,]+ changes to the school hub/, { timeout: 150_000 });
  const [after] = await cluster!.query<{ evidence: number }>(stopDatabase, 'SELECT count(*)::int AS evidence FROM proficio.evidence');
  expect(after?.evidence).toBeGreaterThan(0);
});
