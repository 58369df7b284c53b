import { expect, test } from '@playwright/test';
import { harnessUrl } from './support/harness-api.js';

/**
 * What the page and the harness let travel: the harness hands its secrets only to the browser that
 * opened its one-time link (global setup did, for every context of this run), never puts one in an
 * address, and cannot be framed.
 */
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
