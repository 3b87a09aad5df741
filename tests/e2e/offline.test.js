// After one visit, the page, the engine and the corpus work without a network.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, checkArticle, DRAFT } from './helpers.js';

describe('offline', () => {
  let env;
  before(async () => { env = await setUp(); });
  after(() => env.close());

  it('reloads and checks with the network off', async () => {
    const page = await openPage(env);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
    });
    await page.context().setOffline(true);
    const fetchOutcome = (url) => page.evaluate((u) => fetch(u, { cache: 'no-store' }).then(() => 'answered', () => 'failed'), url);
    assert.equal(await fetchOutcome('/never-visited.txt'), 'failed', 'the network is off');
    assert.equal(await fetchOutcome('/index.html'), 'answered', 'the page comes from the cache');
    await page.reload();
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    await checkArticle(page, DRAFT);
    const claims = await page.locator('cross-check .claim').count();
    assert.ok(claims > 0);
    await page.getByRole('button', { name: 'Load the sample draft' }).click();
    await page.locator('cross-check .actions [role=status]').filter({ hasText: /^Checked: / }).waitFor();
    assert.equal(await page.getByLabel('Article', { exact: true }).inputValue(), DRAFT);
    await page.context().close();
  });
});
