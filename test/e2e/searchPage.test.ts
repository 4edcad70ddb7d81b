import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from '../helpers/chromium.js';
import { startCatalog, type RunningCatalog } from '../helpers/startCatalog.js';

describe('the search page in a real browser', { skip: chromiumMissing }, () => {
  let running: RunningCatalog;
  let browser: Browser;
  before(async () => {
    running = await startCatalog();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await running?.stop({ removeData: true });
  });

  test('finds the Unix Shell lesson by typing "shell" and opens its record page with its JSON-LD', async () => {
    const page = await browser.newPage();
    await page.goto(running.url);
    await page.getByRole('searchbox').fill('shell');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\?q=shell/);
    assert.match((await page.locator('#result-count').textContent()) ?? '', /^\d+ materials? matching/);
    await page.getByRole('link', { name: 'The Unix Shell', exact: true }).click();
    assert.equal(await page.locator('h1').first().textContent(), 'The Unix Shell');
    const jsonld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as { name?: string };
    assert.equal(jsonld.name, 'The Unix Shell');
  });

  test('shows a hostile search text as text, never as markup', async () => {
    const page = await browser.newPage();
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${running.url}?q=${encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>')}`);
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(dialogs, 0);
    assert.match((await page.locator('#result-count').textContent()) ?? '', /<img src=x/);
  });
});
