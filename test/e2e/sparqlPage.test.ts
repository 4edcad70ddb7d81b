import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissing } from '../helpers/chromium.js';
import { startCatalog, type RunningCatalog } from '../helpers/startCatalog.js';

describe('the SPARQL query page in a real browser', { skip: chromiumMissing }, () => {
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

  test('runs an example query in the bundled Yasgui editor without a request to any other server', async () => {
    const page = await browser.newPage();
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(running.url) && !request.url().startsWith('data:')) elsewhere.push(request.url());
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${running.url}sparql`);
    await page.locator('.yasqe .CodeMirror').waitFor();
    assert.equal(await page.locator('#plain-form').isVisible(), false, 'the plain form gives way to the editor');
    await page.getByRole('button', { name: 'Lessons by provider' }).click();
    assert.match(await page.evaluate(() => (globalThis as unknown as { faircatYasgui: { getTab(): { getQuery(): string } } }).faircatYasgui.getTab().getQuery()), /GROUP BY \?provider/);
    await page.locator('.yasqe_queryButton').click();
    await page.locator('.yasr').getByText('Software Carpentry').first().waitFor({ timeout: 15_000 });
    assert.deepEqual(elsewhere, []);
    assert.deepEqual(errors, []);
  });

  test('runs a query from the plain form when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${running.url}sparql`);
    await page.locator('#format').selectOption('csv');
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url().includes('query=')),
      page.getByRole('button', { name: 'Run query' }).click().catch(() => undefined),
    ]);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type']?.split(';')[0], 'text/csv');
    // The browser saves CSV as a download; the same URL read again shows what the form asked for.
    assert.match(await (await fetch(response.url())).text(), /^lesson,name,url,keyword\r\n/);
    await context.close();
  });
});
