import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ChannelName, RequestOf, ResponseOf, Result } from '../../preload/contract/index.js';
import type { ClassReport, SchoolSummary } from '../../preload/contract/reports.js';
import { demoToday, openOnDay } from './support/clock.js';
import { tradeOneTimeLink } from './support/harness-session.js';
import { startNetworkRecorder, type NetworkRecorder } from './support/network-recorder.js';
import { seriousViolations } from './support/axe.js';

/**
 * Coach mode in the Reports section, on a harness of its own (so no other spec's gradebook matters):
 * the coach's own demo gradebook, and two teachers' files made by `proficio demo --seed N` that the
 * harness "chooses" for the page as Electron's dialog would (`--coach-files`). The page names no path.
 * Both teachers' files keep every byte. Its browser context goes through a recording proxy of its own
 * that lets only this harness through, as the suite's does for the shared one.
 */
const root = resolve(import.meta.dirname, '../..');
const screenshots = 'test-results/screenshots';
const dir = mkdtempSync(join(tmpdir(), 'proficio-e2e-coach-'));
const teachers = [join(dir, 'rivera.proficio'), join(dir, 'okafor.proficio')] as const;
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let harness: ChildProcess | null = null;
let recorder: NetworkRecorder | null = null;
let address = '';
let cookie: { name: string; value: string } = { name: '', value: '' };
let before: string[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  mkdirSync(screenshots, { recursive: true });
  for (const [index, file] of teachers.entries()) {
    execFileSync(process.execPath, [join(root, 'main/cli/proficio.mjs'), 'demo', '--seed', String(index + 2), '--out', file], {
      cwd: root,
      stdio: 'pipe',
      // dated around the suite's demo day, as the coach's own demo is
      env: { ...process.env, PROFICIO_DEMO_TODAY: demoToday },
    });
  }
  before = teachers.map(sha256);
  harness = spawn(join(root, 'node_modules/.bin/tsx'), ['main/harness/serve.ts', '--gradebook', join(dir, 'coach.proficio'), '--coach-files', teachers.join(',')], {
    cwd: root,
    env: { ...process.env, PROFICIO_DEMO_TODAY: demoToday },
    stdio: ['ignore', 'pipe', 'pipe'],
    // its own process group, so the end stops tsx and the node process it starts together
    detached: true,
  });
  const session = await tradeOneTimeLink(await oneTimeLink(harness));
  address = session.url;
  cookie = session.cookie;
  recorder = await startNetworkRecorder({ allowedOrigin: new URL(address).origin, logPath: join(dir, 'network.jsonl') });
});

test.afterAll(async () => {
  const refused = recorder?.refused() ?? [];
  await recorder?.close();
  if (harness?.pid !== undefined && harness.exitCode === null) {
    const exited = new Promise<void>((done) => harness?.once('exit', () => done()));
    process.kill(-harness.pid, 'SIGTERM');
    await exited;
  }
  const after = teachers.map(sha256);
  rmSync(dir, { recursive: true, force: true });
  expect(refused, 'the page asked for nothing outside its own origin').toEqual([]);
  // the teachers' files were only read: every byte as it was
  expect(after).toEqual(before);
});

async function oneTimeLink(child: ChildProcess): Promise<string> {
  return new Promise((resolveLink, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error(`the coach harness printed no link within 120 s:\n${stdout}`)), 120_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^PROFICIO_HARNESS_URL=(\S+)$/m.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveLink(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`the coach harness exited early (code ${code}):\n${stdout}`)));
  });
}

async function coachPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    proxy: { server: recorder?.proxyUrl ?? '' },
    storageState: { cookies: [{ ...cookie, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Strict' }], origins: [] },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await openOnDay(page, demoToday);
  await page.goto(`${address}#/reports`);
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible({ timeout: 20_000 });
  return { context, page };
}

/** Asks this spec's harness directly (the page's token, the context's cookie), apart from the app's own bridge. */
async function ask<C extends ChannelName>(page: Page, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const token = (await page.locator('meta[name="proficio-harness-token"]').getAttribute('content')) ?? '';
  const response = await page.request.post(new URL(`api/${channel}`, address).href, { headers: { 'x-proficio-token': token }, data: request });
  const result = (await response.json()) as Result<ResponseOf<C>>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

test('a coach chooses teachers’ files: both files’ classes, the school summary, what could not be matched, a term, a JSON export; axe; screenshot', async ({ browser }) => {
  test.setTimeout(180_000);
  const { context, page } = await coachPage(browser);
  const classMenu = page.locator('.app-header').getByLabel('Class', { exact: true });
  await expect(classMenu).toBeVisible();
  await page.getByRole('radio', { name: 'Teachers’ files' }).click();
  await expect(page.getByText(/Reading 2 teachers’ files, for reading only/)).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('.report-source__files')).toContainText(/rivera\.proficio.*okafor\.proficio/);
  // the header's Class menu (this gradebook's classes) would do nothing here: it is not shown
  await expect(classMenu).toHaveCount(0);
  // the page never held a teacher's file's path, only its name
  const content = await page.content();
  for (const file of teachers) expect(content).not.toContain(file);

  // the class picker lists every class of both files, each with its teacher's file
  const picker = page.getByLabel('Teacher’s class');
  const options = await picker.locator('option').allTextContents();
  expect(options.filter((o) => o.includes('rivera.proficio'))).toHaveLength(3);
  expect(options.filter((o) => o.includes('okafor.proficio'))).toHaveLength(3);
  await expect(page.getByRole('region', { name: /Levels of each learner on each standard/ })).toBeVisible({ timeout: 30_000 });

  // the second file's class, read from that file
  await picker.selectOption({ index: 3 });
  await expect(page.locator('.report-scope')).toContainText(/learners × \d+ standards/, { timeout: 30_000 });

  // the school summary: each class (from both files) and each standard, and what could not be matched
  const classes = page.getByRole('table', { name: /School summary: each class/ });
  await expect(classes).toBeVisible({ timeout: 60_000 });
  await expect(classes.getByRole('row').filter({ hasText: 'rivera.proficio' }).first()).toBeVisible();
  await expect(classes.getByRole('row').filter({ hasText: 'okafor.proficio' }).first()).toBeVisible();
  await expect(page.getByRole('table', { name: /School summary: each standard/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What could not be matched' })).toBeVisible();

  // a term from the roster sets the window: the dates fill in, and every class's report uses them
  await page.getByLabel('Term', { exact: true }).selectOption({ index: 1 });
  const from = await page.getByLabel('Evidence from').inputValue();
  const to = await page.getByLabel('to', { exact: true }).inputValue();
  expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(to > from).toBe(true);
  await expect(classes).toBeVisible({ timeout: 60_000 });

  // the JSON export holds every class of both files and the school summary
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'JSON (numbers)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^school-report.*\.json$/);
  const json = JSON.parse(readFileSync((await file.path()) ?? '', 'utf8')) as { classes: ClassReport[]; school: SchoolSummary };
  expect(json.classes).toHaveLength(6);
  expect(json.school.gradebooks).toEqual(['rivera.proficio', 'okafor.proficio']);
  for (const klass of json.classes) expect([klass.from, klass.to]).toEqual([from, to]);
  await expect(page.getByRole('status').filter({ hasText: /Saved school-report.*\.json to your downloads/ })).toBeVisible();

  // the Cluster menu offers every cluster the files track, not only "Every tracked standard"; the school
  // summary reads with one chosen (a file whose classes lack it: coach-mode.test.ts, which has such a file)
  await page.getByLabel('Term', { exact: true }).selectOption({ index: 0 });
  const cluster = page.getByLabel('Cluster', { exact: true });
  expect((await cluster.locator('option').allTextContents()).length).toBeGreaterThan(2);
  await cluster.selectOption({ label: '5.MD.C' });
  await picker.selectOption({ index: 0 });
  await expect(page.locator('.report-scope')).toContainText(/learners × [1-9]\d* standards?/, { timeout: 30_000 });
  await expect(page.getByRole('region', { name: /Levels of each learner on each standard/ })).toBeVisible({ timeout: 30_000 });
  await expect(classes).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('table', { name: /School summary: each standard/ }).getByRole('row').filter({ hasText: '5.MD.C' }).first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.screenshot({ path: `${screenshots}/reports-coach-cluster.png` });
  await cluster.selectOption({ index: 0 });

  await page.screenshot({ path: `${screenshots}/reports-coach.png` });
  // the page scrolls inside its own main area: the summary gets a picture of its own
  await page.getByRole('heading', { name: 'School summary: each class' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screenshots}/reports-coach-summary.png` });
  expect(await seriousViolations(page)).toEqual([]);

  // back to this gradebook: the teachers' files are closed, and the page says to pick a class
  await page.getByRole('radio', { name: 'This gradebook' }).click();
  await expect(page.getByText(/Reading 2 teachers’ files/)).toHaveCount(0);
  await expect(page.getByRole('table', { name: /School summary/ })).toHaveCount(0);
  await expect(classMenu).toBeVisible();
  await context.close();
});

test('after a reload the page shows the teachers’ files still open, and can close them', async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await coachPage(browser);
  await page.getByRole('radio', { name: 'Teachers’ files' }).click();
  await expect(page.getByText(/Reading 2 teachers’ files, for reading only/)).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible({ timeout: 20_000 });
  // main kept them open: the page says so, rather than reading "This gradebook" while they stay open unseen
  await expect(page.getByText(/Reading 2 teachers’ files, for reading only/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('radio', { name: 'Teachers’ files' })).toBeChecked();
  await page.getByRole('button', { name: 'Close these files' }).click();
  await expect(page.getByRole('radio', { name: 'This gradebook' })).toBeChecked();
  // the page turns to this gradebook at once and main closes the files just after
  await expect.poll(async () => (await ask(page, 'reports:openFiles', {})).files.length, { timeout: 20_000 }).toBe(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/Reading 2 teachers’ files/)).toHaveCount(0);
  await context.close();
});

test('a long coach export says how far it has got, and Stop makes no file', async ({ browser }) => {
  test.setTimeout(180_000);
  const { context, page } = await coachPage(browser);
  await page.getByRole('radio', { name: 'Teachers’ files' }).click();
  await expect(page.getByRole('table', { name: /School summary: each class/ })).toBeVisible({ timeout: 60_000 });

  // keep the worker busy first, so the export waits its turn and Stop always reaches it before it ends
  // (a stop raised while it waits stops it at its first step)
  const [own] = await ask(page, 'classes:list', {});
  if (!own) throw new Error('the coach’s demo gradebook has no class');
  const busyWork = Array.from({ length: 12 }, () => ask(page, 'reports:classReport', { classId: own.id }));
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));
  await page.getByRole('button', { name: 'PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Preparing the PDF… \d+%/ })).toBeVisible();
  await page.screenshot({ path: `${screenshots}/reports-coach-stopping.png` });
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Stopped: the PDF was not made.' })).toBeVisible({ timeout: 60_000 });
  await Promise.all(busyWork);
  expect(downloads).toEqual([]);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // the next one runs to the end and downloads
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'CSV tables (zip)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^school-report.*\.zip$/);
  await page.getByRole('button', { name: 'Close these files' }).click();
  await context.close();
});
