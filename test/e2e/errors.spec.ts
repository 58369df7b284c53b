import { expect, test, type Page } from '@playwright/test';
import { harnessUrl, harnessValue } from './support/harness-api.js';

/** The classes the demo gradebook has, as the class picker lists them. */
async function demoClasses(page: Page) {
  const classes = await harnessValue(page, 'classes:list', {});
  expect(classes.length, 'the demo has classes').toBeGreaterThan(0);
  return classes;
}

test('a malformed class id in the address is an unknown class: said plainly, no request error, with the classes as the way on', async ({ page }) => {
  // a hand-edited or cut link: the id is not even shaped like one
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/')) sent.push(request.postData() ?? '');
  });
  await page.goto(`${harnessUrl()}#/gradebook/not-an-id`);

  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'This class is not in this gradebook' })).toBeVisible();
  await expect(main).toContainText('The address names a class this gradebook does not have.');
  // what the teacher used to see: the request's refusal, its code and a Try again that failed again
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(main).not.toContainText('expected a Proficio id');
  await expect(main).not.toContainText('invalid_request');
  await expect(main.getByRole('button', { name: 'Try again' })).toHaveCount(0);
  expect(sent.filter((body) => body.includes('not-an-id')), 'no request carries the malformed id').toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/unknown-class.png' });

  // the picker says no class is chosen; the classes here are offered as buttons, and one opens its gradebook
  await expect(page.getByRole('combobox', { name: 'Class' }).locator('option:checked')).toHaveText('Choose a class…');
  const classes = await demoClasses(page);
  const offered = main.getByRole('list', { name: 'Classes in this gradebook' }).getByRole('button');
  await expect(offered).toHaveText(classes.slice(0, 5).map((item) => item.title));
  await offered.first().click();
  await expect(page).toHaveURL(new RegExp(`#/gradebook/${classes[0]!.id}$`));
  await expect(page.getByRole('grid')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This class is not in this gradebook' })).toHaveCount(0);
});

test('a well-formed id of a class that is not in the gradebook shows the same state, in Learners too', async ({ page }) => {
  await page.goto(`${harnessUrl()}#/learners/00000000-0000-4000-8000-000000000000`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'This class is not in this gradebook' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(main).not.toContainText('not_found');

  // the way on works here too: choosing a class in the picker shows its roster
  const first = (await demoClasses(page))[0]!;
  await page.getByRole('combobox', { name: 'Class' }).selectOption(first.id);
  await expect(page.getByRole('table').locator('tbody tr')).toHaveCount(first.learnerCount);
});

test('the page links its icon, so no load asks for a /favicon.ico that is not there', async ({ page }) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  await page.goto(harnessUrl());
  await expect(page.getByRole('combobox', { name: 'Class' })).toBeEnabled();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Class' })).toBeEnabled();
  const icon = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute('href');
  expect(icon).toBeTruthy();
  const answer = await page.request.get(new URL(icon!, harnessUrl()).href);
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toBe('image/svg+xml');
  expect(missing).toEqual([]);
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
