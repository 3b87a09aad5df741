// The embedding example: a newsroom page with <cross-check article="#story" compact>.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, waitForResult } from './helpers.js';

describe('embed example', () => {
  let env;
  before(async () => { env = await setUp(); });
  after(() => env.close());

  it("checks the page's own article on load and shows its claims with evidence", async () => {
    const page = await openPage(env, 'embed-example.html');
    await waitForResult(page);
    const story = await page.locator('#story').innerText();
    const report = await page.locator('cross-check').evaluate((el) => el.report);
    assert.ok(report.claims.length > 0);
    const storyBytes = Buffer.from(story);
    // The claims are the story's sentences, located in the story's own text.
    for (const claim of report.claims) assert.equal(storyBytes.subarray(claim.start, claim.end).toString(), claim.text);
    assert.ok(report.claims.some((c) => c.verdict === 'conflict'));
    assert.ok(report.claims.some((c) => c.facts.some((f) => f.verdict === 'agree')));
    // Compact: no text box; the highlights and evidence work as on the full page.
    assert.equal(await page.getByLabel('Article', { exact: true }).isVisible(), false);
    await page.locator('cross-check .claim[data-verdict=conflict]').first().click();
    await page.getByRole('complementary', { name: 'Evidence' }).locator('.source-name').first().waitFor();
    // The host page is left as it was.
    assert.equal(await page.locator('#story').innerText(), story);
    assert.deepEqual(page.problems, []);
  });

  it('checks literal text given in the article attribute and announces the result with an event', async () => {
    const page = await openPage(env, 'index.html');
    const text = 'Belarus released three prisoners on Wednesday.';
    const detail = await page.evaluate((article) => new Promise((resolve) => {
      const element = document.createElement('cross-check');
      element.addEventListener('crosscheck:result', (event) => resolve(event.detail));
      element.setAttribute('article', article);
      document.body.append(element);
    }), text);
    assert.ok(detail.claims.length > 0);
    assert.equal(detail.claims[0].text, text);
    assert.equal(await page.locator('cross-check').nth(1).getByLabel('Article', { exact: true }).inputValue(), text);
  });
});
