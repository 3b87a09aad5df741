// Accessibility: an axe-core scan of each state, narrow (360 px) and dark screenshots.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setUp, openPage, checkArticle, waitForResult, DRAFT, DOCS } from './helpers.js';

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations on the page as it is now, shadow DOM included. */
async function seriousViolations(page) {
  // Evaluated through the debugging protocol, which the page's CSP does not apply to.
  await page.evaluate(AXE);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' > ')).slice(0, 3).join(', ')})`);
}

async function openEverything(page) {
  await page.locator('cross-check .claim[data-verdict=conflict]').first().click();
  await page.getByRole('complementary', { name: 'Evidence' }).waitFor();
  await page.locator('cross-check .corpus > summary').click();
}

describe('accessibility', () => {
  let env;
  before(async () => { env = await setUp(); });
  after(() => env.close());

  for (const colorScheme of ['light', 'dark']) {
    it(`has no serious or critical axe violations (${colorScheme}), before and after a check`, async () => {
      // Reduced motion: no colour transitions, so axe measures colours at rest, not mid-fade.
      const page = await openPage(env, 'index.html', { colorScheme, reducedMotion: 'reduce' });
      assert.deepEqual(await seriousViolations(page), []);
      await checkArticle(page, DRAFT);
      await openEverything(page);
      assert.deepEqual(await seriousViolations(page), []);
      await page.locator('cross-check [data-filter=conflict]').click();
      assert.deepEqual(await seriousViolations(page), []);
      if (colorScheme === 'dark') {
        await page.locator('cross-check [data-filter=conflict]').click();
        await page.locator('cross-check .claim[data-verdict=conflict]').first().click();
        await page.getByLabel('Article', { exact: true }).evaluate((box) => { box.scrollTop = 0; });
        await page.screenshot({ path: path.join(DOCS, 'screenshot-dark.png'), fullPage: true });
      }
      await page.context().close();
    });
  }

  it('works at 360 px wide: nothing overflows sideways, the evidence opens below the article', async () => {
    const page = await openPage(env, 'index.html', { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    await checkArticle(page, DRAFT);
    await page.locator('cross-check .claim[data-verdict=conflict]').first().click();
    const panel = page.getByRole('complementary', { name: 'Evidence' });
    await panel.waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
    const [article, evidence] = await Promise.all([page.locator('cross-check .article-view').boundingBox(), panel.boundingBox()]);
    assert.ok(evidence.y >= article.y + article.height, 'the evidence is below the article');
    assert.ok(evidence.x >= 0 && evidence.x + evidence.width <= 360);
    assert.deepEqual(await seriousViolations(page), []);
    await page.locator('cross-check .summary').evaluate((bar) => bar.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: path.join(DOCS, 'screenshot-narrow.png') });
    await page.context().close();
  });

  it('the embed example has no serious or critical axe violations', async () => {
    const page = await openPage(env, 'embed-example.html', { reducedMotion: 'reduce' });
    await waitForResult(page);
    assert.deepEqual(await seriousViolations(page), []);
    await page.context().close();
  });
});
