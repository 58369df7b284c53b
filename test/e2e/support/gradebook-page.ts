import { expect, type Locator, type Page } from '@playwright/test';
import type { ClassSummary, MasteryGrid } from '../../../preload/contract/index.js';
import { demoToday, openOnDay } from './clock.js';
import { harnessUrl, harnessValue } from './harness-api.js';

/** Header rows before the first learner's: the groups, the codes, the Mastered summary. */
const headerRows = 3;

/** The cell at a display row (0 = first learner) and column (0 = first standard shown). */
export function cell(page: Page, row: number, col: number): Locator {
  return page.locator(`[role="row"][aria-rowindex="${row + headerRows + 1}"] [role="gridcell"][aria-colindex="${col + 2}"]`);
}

export async function learnerAt(page: Page, row: number): Promise<string> {
  const id = await page.locator(`[role="row"][aria-rowindex="${row + headerRows + 1}"]`).getAttribute('data-learner-id');
  if (!id) throw new Error(`no learner in row ${row}`);
  return id;
}

/**
 * A computed level as a cell shows it by default: the scale level reached (the demo's scales have whole
 * steps only), so 2.57 shows as 2. `showing(onScale(level))` for the default, `showing(level)` with Decimals.
 */
export function onScale(level: number | null): number | null {
  return level === null ? null : Math.floor(level + 1e-9);
}

/** A cell shows its level, with a tick when mastered. */
export function showing(level: number | null): RegExp {
  return level === null ? /^$/ : new RegExp(`^${String(level).replace('.', '\\.')}✓?$`);
}

/** Waits until no write is on its way, so the grid shows what the gradebook holds. */
export async function settle(page: Page): Promise<void> {
  await expect(page.getByRole('grid')).toHaveAttribute('aria-busy', 'false');
}

/** Opens the first class's gradebook on the demo's own day; returns the class and its grid as the gradebook sends it. */
export async function openGradebook(page: Page): Promise<{ schoolClass: ClassSummary; grid: MasteryGrid }> {
  await openOnDay(page, demoToday);
  await page.goto(harnessUrl());
  const classes = await harnessValue(page, 'classes:list', {});
  const schoolClass = classes[0];
  if (!schoolClass) throw new Error('the demo has no class');
  await page.goto(`${harnessUrl()}#/gradebook/${schoolClass.id}`);
  const grid = await harnessValue(page, 'mastery:grid', { classId: schoolClass.id });
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', String(schoolClass.learnerCount + headerRows));
  return { schoolClass, grid };
}
