// Accessibility: an axe-core scan of each state (light, dark, 360 px), and the dark and narrow
// screenshots of the README.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setUp, openPage, afterNextResult, checkTarnby, waitForResult, DRAFT, DOCS, FIXTURE_MOUNTS } from './helpers.js';

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

/** Opens the evidence of a conflicting figure, with its folded agreements, and the corpus panel. */
async function openEverything(page) {
  await page.locator('cross-check .mark[data-stop][data-verdict=conflict]:not([data-context])').first().click();
  const panel = page.getByRole('complementary', { name: 'Evidence' });
  await panel.waitFor();
  const folded = panel.locator('details.also-agrees > summary');
  if (await folded.count()) await folded.first().click();
  await page.locator('cross-check .corpus > summary').click();
  await page.locator('cross-check .mark[data-stop]').first().hover();
}

const loadSample = (page) => afterNextResult(page, () => page.getByRole('button', { name: 'Load the sample draft' }).click(), { article: DRAFT });

describe('accessibility', () => {
  let env;
  before(async () => { env = await setUp({ mounts: FIXTURE_MOUNTS }); });
  after(() => env.close());

  for (const colorScheme of ['light', 'dark']) {
    it(`has no serious or critical axe violations (${colorScheme}): before a check, with results, evidence, decisions, filter, stale`, async () => {
      // Reduced motion: no colour transitions, so axe measures colours at rest, not mid-fade.
      const page = await openPage(env, 'index.html', { colorScheme, reducedMotion: 'reduce' });
      assert.deepEqual(await seriousViolations(page), []);
      await checkTarnby(page);
      await openEverything(page);
      assert.deepEqual(await seriousViolations(page), []);
      // A decided flag, the conflict filter, stale results.
      await page.getByRole('complementary', { name: 'Evidence' }).getByRole('button', { name: 'Mark checked' }).first().click();
      await page.locator('cross-check [data-filter=conflict]').click();
      await page.getByRole('switch', { name: 'Check as I type' }).uncheck();
      await page.getByLabel('Article', { exact: true }).press('End');
      await page.keyboard.type(' More.');
      await page.locator('cross-check .stale-note').filter({ hasText: 'changed' }).waitFor();
      assert.deepEqual(await seriousViolations(page), []);
      if (colorScheme === 'dark') {
        const other = await openPage(env, 'index.html', { colorScheme, reducedMotion: 'reduce' });
        await loadSample(other);
        await other.locator('cross-check .mark[data-stop][data-verdict=conflict]:not([data-context])').first().click();
        await other.getByLabel('Article', { exact: true }).evaluate((box) => { box.scrollTop = 0; });
        await other.mouse.move(0, 0);
        await other.screenshot({ path: path.join(DOCS, 'screenshot-dark.png'), fullPage: true });
        await other.context().close();
      }
      await page.context().close();
    });
  }

  it('works at 360 px wide: nothing is clipped, the article and the evidence scroll with the page', async () => {
    const page = await openPage(env, 'index.html', { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    await checkTarnby(page);
    await openEverything(page);
    const panel = page.getByRole('complementary', { name: 'Evidence' });
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'nothing overflows sideways');
    // No box of its own scrolls: the article and the evidence are as tall as their content.
    for (const selector of ['cross-check .article-view', 'cross-check #evidence']) {
      const box = await page.locator(selector).evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, width: el.scrollWidth - el.clientWidth }));
      assert.ok(box.scroll <= box.client + 1, `${selector} does not scroll inside itself (${box.scroll} > ${box.client})`);
      assert.ok(box.width <= 1, `${selector} is not clipped sideways`);
    }
    const [article, evidence] = await Promise.all([page.locator('cross-check .article-view').boundingBox(), panel.boundingBox()]);
    assert.ok(evidence.y >= article.y + article.height, 'the evidence is below the article');
    assert.ok(evidence.x >= 0 && evidence.x + evidence.width <= 360);
    // Every button and field fits the screen.
    const outside = await page.locator('cross-check').evaluate((el) => [...el.shadowRoot.querySelectorAll('button, input, select, textarea, .mark')]
      .filter((e) => e.getClientRects().length && !e.closest('[hidden]'))
      .filter((e) => { const r = e.getBoundingClientRect(); return r.left < -1 || r.right > 361; })
      .map((e) => e.textContent || e.getAttribute('aria-label') || e.id));
    assert.deepEqual(outside, []);
    assert.deepEqual(await seriousViolations(page), []);
    await page.context().close();

    const sample = await openPage(env, 'index.html', { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    await loadSample(sample);
    await sample.locator('cross-check .summary').evaluate((bar) => bar.scrollIntoView({ block: 'start' }));
    await sample.mouse.move(0, 0);
    await sample.getByRole('tooltip').waitFor({ state: 'hidden' });
    await sample.screenshot({ path: path.join(DOCS, 'screenshot-narrow.png') });
    await sample.context().close();
  });

  it('the embed example and the server notice have no serious or critical axe violations', async () => {
    const page = await openPage(env, 'embed-example.html', { reducedMotion: 'reduce' });
    await waitForResult(page);
    assert.deepEqual(await seriousViolations(page), []);
    await page.context().close();
    const server = await openPage(env, 'index.html', { reducedMotion: 'reduce' });
    await server.locator('cross-check').evaluate((el) => el.setAttribute('evidence', '/api/'));
    await server.locator('cross-check .server-notice').waitFor();
    assert.deepEqual(await seriousViolations(server), []);
    await server.context().close();
  });
});
