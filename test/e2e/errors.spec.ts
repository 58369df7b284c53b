import { expect, test } from '@playwright/test';
import { askHarness, harnessUrl, harnessValue } from './support/harness-api.js';

test('a class address the gradebook cannot read shows the contract error readably, and the picker recovers', async ({ page }) => {
  // a hand-edited or stale link: the view asks learners:roster with this id and main refuses it
  await page.goto(`${harnessUrl()}#/learners/not-a-class`);

  const direct = await askHarness(page, 'learners:roster', { classId: 'not-a-class' });
  expect(direct.ok).toBe(false);
  if (direct.ok) return;

  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('heading')).toHaveText('Proficio could not understand that request');
  await expect(alert).toContainText(direct.error.message);
  await expect(alert.locator('code')).toHaveText('invalid_request');

  // details are folded away until asked for
  const details = alert.locator('details');
  await expect(details).not.toHaveAttribute('open');
  await alert.getByText('Technical details').click();
  await expect(details.locator('pre')).toContainText('"channel": "learners:roster"');
  await expect(details.locator('pre')).toContainText('classId');
  await page.screenshot({ path: 'test-results/screenshots/contract-error.png' });

  // "Try again" asks again (and, the id being what it is, gets the same answer)
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert').locator('code')).toHaveText('invalid_request');

  // the picker says no class is chosen, and choosing one shows its roster
  const picker = page.getByRole('combobox', { name: 'Class' });
  await expect(picker.locator('option:checked')).toHaveText('Choose a class…');
  const classes = await harnessValue(page, 'classes:list', {});
  const first = classes[0];
  if (!first) throw new Error('the demo has no class');
  await picker.selectOption(first.id);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(first.learnerCount);
});

test('a well-formed id of a class that is not in the gradebook says not_found', async ({ page }) => {
  await page.goto(`${harnessUrl()}#/learners/00000000-0000-4000-8000-000000000000`);
  const alert = page.getByRole('alert');
  await expect(alert.locator('code')).toHaveText('not_found');
  await expect(alert).toContainText('That class is not in this gradebook.');
});

test('a page with no gradebook behind it says so instead of showing an empty shell', async ({ page }) => {
  // the same bundle served without the harness token: neither the preload nor the harness is there
  await page.route(harnessUrl(), async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<meta name="proficio-harness-token"[^>]*>/, '');
    await route.fulfill({ response, body: html });
  });
  await page.goto(harnessUrl());
  await expect(page.getByRole('heading', { name: 'Proficio cannot reach a gradebook' })).toBeVisible();
  await expect(page.getByText('npm run dev:web')).toBeVisible();
});

test('the page runs under its Content-Security-Policy without violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()) && !/frame-ancestors/.test(message.text())) {
      violations.push(message.text());
    }
  });
  await page.goto(harnessUrl());
  await expect(page.getByRole('table')).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("style-src 'self'");
  expect(violations).toEqual([]);
});
