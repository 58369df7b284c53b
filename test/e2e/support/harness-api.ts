import { expect, type Page } from '@playwright/test';
import type { ChannelName, RequestOf, ResponseOf, Result } from '../../../preload/contract/index.js';
import { workerSlot } from './harness-session.js';

/** The address of this worker's harness, as global setup published it (see test/e2e/harness.ts). */
export function harnessUrl(): string {
  const variable = harnessUrlVariable(workerSlot());
  const url = process.env[variable];
  if (!url) throw new Error(`${variable} is not set: run the e2e tests through playwright.config.ts (its global setup starts the harnesses).`);
  return url;
}

export function harnessUrlVariable(slot: number): string {
  return `PROFICIO_HARNESS_URL_${slot}`;
}

/**
 * Asks the harness directly, with the token from the page's meta tag and the session cookie of the
 * page's context (page.request shares its cookies) — independent of the app's own bridge, so a test can
 * check what the interface shows against what the gradebook says.
 */
export async function askHarness<C extends ChannelName>(page: Page, channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
  const token = await page.locator('meta[name="proficio-harness-token"]').getAttribute('content');
  expect(token, 'the harness token meta tag').toBeTruthy();
  const response = await page.request.post(new URL(`api/${channel}`, harnessUrl()).href, {
    headers: { 'x-proficio-token': token ?? '' },
    data: request,
  });
  expect(response.headers()['content-type']).toContain('application/json');
  return (await response.json()) as Result<ResponseOf<C>>;
}

export async function harnessValue<C extends ChannelName>(page: Page, channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await askHarness(page, channel, request);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value;
}
