import { expect, test, type Page } from '@playwright/test';
import { openGradebook } from './support/gradebook-page.js';
import { harnessUrl } from './support/harness-api.js';
import { networkLogVariable, readNetworkLog } from './support/network-recorder.js';

/**
 * What the page and the harness let travel. Nothing leaves the machine: every context of the run goes
 * through the recording proxy (support/network-recorder.ts; global teardown fails the run on any
 * request it refused), and here the page walks every view and opens each dialog while the context
 * records what it asks for. The harness hands its secrets only to the browser that opened its one-time
 * link (global setup did, for every context of this run), never puts one in an address, and cannot be
 * framed.
 */
test('walking every view and dialog, the page asks for nothing outside its own origin, and all of it went through the recorder', async ({ page, context }) => {
  const asked: string[] = [];
  context.on('request', (request) => asked.push(request.url()));
  const origin = new URL(harnessUrl()).origin;

  await openGradebook(page);
  await openAndClose(page, page.getByRole('button', { name: 'Method…' }));
  await openAndClose(page, page.getByRole('button', { name: 'New assessment…' }));
  const grid = page.getByRole('grid');
  await grid.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary').or(page.getByRole('dialog')).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Learners' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('link', { name: 'Standards' }).click();
  await expect(page.getByRole('tree')).toBeVisible();
  await openAndClose(page, page.getByRole('button', { name: 'Scales…' }));
  await openAndClose(page, page.getByRole('button', { name: 'Import…' }).first());

  expect(asked.length).toBeGreaterThan(10);
  const outside = asked.filter((url) => {
    const parsed = new URL(url);
    // inline content never touches the network
    if (parsed.protocol === 'data:') return false;
    if (parsed.protocol === 'blob:') return new URL(parsed.pathname).origin !== origin;
    return parsed.origin !== origin;
  });
  expect(outside).toEqual([]);

  const logPath = process.env[networkLogVariable];
  if (!logPath) throw new Error(`${networkLogVariable} is not set: run through playwright.config.ts (global setup starts the recorder).`);
  const log = readNetworkLog(logPath);
  const seen = new Set(log.filter((entry) => entry.allowed).map((entry) => entry.url));
  expect(asked.filter((url) => url.startsWith('http') && !seen.has(url))).toEqual([]);
  expect(log.filter((entry) => !entry.allowed)).toEqual([]);
});

async function openAndClose(page: Page, opener: ReturnType<Page['getByRole']>): Promise<void> {
  await opener.click();
  const dialog = page.getByRole('dialog').first();
  await expect(dialog).toBeVisible();
  // Escape closes a dialog or popover from inside it
  await dialog.locator('button, select, input, textarea').first().focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

test.describe('the harness session', () => {
  test('a browser without the session cookie gets neither the page, the token nor the event stream', async ({ browser }) => {
    const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    try {
      const page = await stranger.newPage();
      const response = await page.goto(harnessUrl());
      expect(response?.status()).toBe(403);
      expect(await page.content()).not.toContain('proficio-harness-token');
      await expect(page.getByText('open the one-time link')).toBeVisible();
      expect((await stranger.request.get(new URL('events', harnessUrl()).href)).status()).toBe(403);
    } finally {
      await stranger.close();
    }
  });

  test('with the session, no request of the page carries a secret in its address, and no page may frame it', async ({ page }) => {
    const addresses: string[] = [];
    page.on('request', (request) => addresses.push(request.url()));
    const response = await page.goto(harnessUrl());
    await expect(page.getByRole('table')).toBeVisible();
    const token = await page.locator('meta[name="proficio-harness-token"]').getAttribute('content');
    expect(token).toMatch(/^[0-9a-f]{48}$/);
    // the shell subscribes to the contract's events at once: the stream opens by its plain address
    await expect.poll(() => addresses).toContain(new URL('events', harnessUrl()).href);
    await page.getByRole('link', { name: 'Standards' }).click();
    expect(page.url()).not.toMatch(/once=|token=/);
    expect(addresses.length).toBeGreaterThan(1);
    for (const address of addresses) expect(address).not.toContain(token ?? 'no token');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    // the session cookie is out of the page's reach
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
});
