// Hostile article text is shown as text: no script runs, no element is injected.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, checkArticle } from './helpers.js';

const HOSTILE = [
  'The council approved <script>alert(1)</script> a budget of 40 million euros on Monday.',
  'In 2020, <img src=x onerror=alert(2)> 1,226 political prisoners remained in "jail".',
  'Click <a href="javascript:alert(3)">here</a> to read the 87 percent "report" of 2024.',
  '"><svg onload=alert(4)> The mayor\'s \' " ` office said 12 people were hurt on Tuesday.',
  '<iframe srcdoc="<script>alert(5)</script>"></iframe> Six years in prison in 1996.',
].join('\n');

describe('hostile article text', () => {
  let env;
  before(async () => { env = await setUp(); });
  after(() => env.close());

  it('is shown exactly as typed; no dialog opens and no element is injected', async () => {
    const page = await openPage(env);
    const before = await page.evaluate(() => document.querySelectorAll('*').length);
    await checkArticle(page, HOSTILE);
    const view = page.locator('cross-check .article-view');
    const shown = await view.evaluate((el) => {
      const copy = el.cloneNode(true);
      copy.querySelectorAll('.icon, .visually-hidden').forEach((e) => e.remove());
      return copy.textContent;
    });
    assert.equal(shown, HOSTILE);
    const injected = await view.evaluate((el) => el.querySelectorAll('script, img, a, svg, iframe, [onerror], [onload], [href]').length);
    assert.equal(injected, 0);
    // Open the evidence of every claim: evidence panels render article text too.
    for (const claim of await page.locator('cross-check .claim').all()) {
      await claim.click();
      const panelInjected = await page.locator('cross-check #evidence').evaluate((el) => el.querySelectorAll('script, img, a, svg, iframe').length);
      assert.equal(panelInjected, 0);
    }
    await page.getByRole('button', { name: 'Copy summary' }).click();
    assert.deepEqual(page.dialogs, []);
    assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([src]), img, iframe').length), 0);
    assert.equal(await page.evaluate(() => document.querySelectorAll('*').length), before, 'the page outside the widget is untouched');
    assert.deepEqual(page.problems, []);
  });

  it('the page forbids inline scripts with a Content-Security-Policy', async () => {
    const page = await openPage(env);
    const policy = await page.locator('meta[http-equiv=Content-Security-Policy]').getAttribute('content');
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    assert.match(policy, /worker-src 'self'/);
    // Even if markup got in, the browser would refuse to run it.
    const ran = await page.evaluate(async () => {
      window.ranInline = false;
      const script = document.createElement('script');
      script.textContent = 'window.ranInline = true';
      document.body.append(script);
      await new Promise((r) => setTimeout(r, 50));
      return window.ranInline;
    });
    assert.equal(ran, false);
  });
});
