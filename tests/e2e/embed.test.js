// The embedding example: a newsroom page with <cross-check article="#story" compact mark-story>.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, waitForResult, afterNextResult } from './helpers.js';

/** The story's marks as the page's highlights hold them: {verdict: [words]}. */
const storyMarks = (page) => page.evaluate(() => {
  const marks = {};
  for (const [name, highlight] of CSS.highlights) {
    const verdict = name.replace(/^crosscheck-\d+-/, '');
    marks[verdict] = [...highlight].map((range) => range.toString());
  }
  return marks;
});

describe('embed example', () => {
  let env;
  before(async () => { env = await setUp(); });
  after(() => env.close());

  it("checks the page's own story on load, marks its own words, and leaves its DOM as it was", async () => {
    const page = await openPage(env, 'embed-example.html');
    const html = await page.locator('#story').innerHTML();
    await waitForResult(page);
    const { report, checked } = await page.locator('cross-check').evaluate((el) => ({ report: el.report, checked: el.checked }));
    assert.ok(report.claims.length > 0);
    // The text checked is the story's, as a reader sees it.
    const story = await page.locator('#story').innerText();
    assert.equal(checked.article.replace(/\s+/g, ' ').trim(), story.replace(/\s+/g, ' ').trim());
    const bytes = Buffer.from(checked.article);
    for (const claim of report.claims) assert.equal(bytes.subarray(claim.start, claim.end).toString(), claim.text);
    assert.ok(report.claims.some((c) => c.verdict === 'conflict'));
    // The marks are drawn on the story's own words: each conflicting fact's words, exactly.
    const marks = await storyMarks(page);
    const conflicts = report.claims.flatMap((c) => c.facts).filter((f) => f.verdict === 'conflict').map((f) => f.text.replace(/\s+/g, ' '));
    assert.deepEqual([...marks.conflict].map((w) => w.replace(/\s+/g, ' ')).sort(), [...conflicts].sort());
    assert.ok(conflicts.includes('in 1996'), 'the planted wrong year is among them');
    // Compact: no text box; the marks and evidence work in the widget as on the full page.
    assert.equal(await page.getByLabel('Article', { exact: true }).isVisible(), false);
    await page.locator('cross-check .mark[data-stop][data-verdict=conflict]').first().click();
    await page.getByRole('complementary', { name: 'Evidence' }).locator('.source-name').first().waitFor();
    assert.equal(await page.locator('#story').innerHTML(), html, "the host page's DOM is left as it was");
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('clicking a marked word of the story opens its evidence in the widget', async () => {
    const page = await openPage(env, 'embed-example.html');
    await waitForResult(page);
    const point = await page.locator('#story').evaluate((story) => {
      const walker = document.createTreeWalker(story, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf('1996');
        if (at < 0) continue;
        const range = new Range();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 2);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    await page.mouse.click(point.x, point.y);
    const panel = page.getByRole('complementary', { name: 'Evidence' });
    await panel.waitFor();
    assert.equal(await panel.locator('.fact[data-current] .fact-words').textContent(), '“in 1996”');
    await page.context().close();
  });

  it('Check reads the story as it is now: an edit of the page makes the results stale, and Check sees it', async () => {
    const page = await openPage(env, 'embed-example.html');
    await waitForResult(page);
    await page.locator('#story p', { hasText: 'took power in 1996' }).evaluate((p) => { p.textContent = 'Lukashenko took power in 1994.'; });
    await page.locator('cross-check .stale-note').filter({ hasText: 'The story has changed since this check' }).waitFor();
    const report = await afterNextResult(page, () => page.getByRole('button', { name: 'Check', exact: true }).click(), { article: null });
    const texts = report.claims.map((c) => c.text);
    assert.ok(texts.includes('Lukashenko took power in 1994.'), texts.join(' | '));
    assert.ok(!texts.some((t) => t.includes('1996')));
    assert.ok(!(await storyMarks(page)).conflict.includes('in 1994'));
    await page.context().close();
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
    await page.context().close();
  });
});
