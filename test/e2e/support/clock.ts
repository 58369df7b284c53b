import type { Page } from '@playwright/test';
import { defaultToday } from '../../../main/demo/demo-options.js';

const msPerDay = 86_400_000;

/** The demo gradebook's own "today": its newest evidence is from this day. */
export const demoToday = defaultToday;

export function isoPlusDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * msPerDay).toISOString().slice(0, 10);
}

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / msPerDay);
}

/**
 * Pins the page's clock to mid-afternoon of `iso` (local time), before the app loads: the roster
 * measures "not seen lately" against today, and the demo's evidence is dated around its own today.
 */
export async function openOnDay(page: Page, iso: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${iso}T15:00:00`));
}
