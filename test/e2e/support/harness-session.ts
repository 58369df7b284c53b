import { randomUUID } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The harness lets a browser in only through the one-time link it prints, which it trades for a
 * session cookie (main/harness/server.ts). Every test gets a fresh browser context, so global setup
 * trades the link once, here, and every context starts with the cookie (playwright.config.ts's
 * `storageState`), the way one browser that opened the link would hold it.
 *
 * Where that storage state lives: one file per Playwright run. The config runs first, in the runner,
 * and fixes the name in the environment; global setup (same process) writes it, and the workers,
 * started afterwards, inherit the same name — so runs side by side in one checkout never share a file.
 */
export function sessionStatePath(slot = workerSlot()): string {
  process.env['PROFICIO_E2E_SESSION_STATE'] ??= join(tmpdir(), `proficio-e2e-session-${process.pid}-${randomUUID()}`);
  return `${process.env['PROFICIO_E2E_SESSION_STATE']}-${slot}.json`;
}

/**
 * Which of the run's harnesses this process talks to: each Playwright worker has one of its own (its own
 * gradebook, started by global setup), so two workers never change each other's data. Playwright numbers
 * its workers' slots from 0 in TEST_PARALLEL_INDEX, set before a worker loads the config; the runner
 * itself (global setup) is slot 0.
 */
export function workerSlot(): number {
  return Number(process.env['TEST_PARALLEL_INDEX'] ?? 0);
}

/** How many workers (and harnesses) the run has: one per core, at most two — the suite is a few minutes. */
export const e2eWorkers = Math.max(1, Math.min(2, availableParallelism()));

/**
 * Opens the one-time link as a browser would (without following the redirect) and returns the clean
 * address and the session cookie it set.
 */
export async function tradeOneTimeLink(oneTimeUrl: string): Promise<{ url: string; cookie: { name: string; value: string } }> {
  const response = await fetch(oneTimeUrl, { redirect: 'manual' });
  const setCookie = response.headers.get('set-cookie') ?? '';
  const pair = /^([^=;\s]+)=([^;]*)/.exec(setCookie);
  if (response.status !== 303 || !pair?.[1] || pair[2] === undefined) {
    throw new Error(`The harness did not trade its one-time link for a session (HTTP ${response.status}, Set-Cookie: ${setCookie || 'none'}).`);
  }
  return { url: new URL(response.headers.get('location') ?? '/', oneTimeUrl).href, cookie: { name: pair[1], value: pair[2] } };
}

/** Writes the Playwright storage state every browser context starts from: just the session cookie. */
export function writeSessionState(path: string, cookie: { name: string; value: string }): void {
  const state = {
    cookies: [{ ...cookie, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Strict' }],
    origins: [],
  };
  writeFileSync(path, JSON.stringify(state), { mode: 0o600 });
}

export function removeSessionState(path: string): void {
  rmSync(path, { force: true });
}
