// Bad input gets a clear message next to the Check button, never a frozen page or a silent
// fall-back, and loses nothing the user had. (Bad corpus files: corpus.test.js and
// corpora.test.js; a failing corpus URL: corpora.test.js; hostile HTML: security.test.js.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, afterNextResult, FIXTURE_MOUNTS } from './helpers.js';

const checkAlert = (page) => page.locator('cross-check .actions + .error[role=alert]');
const box = (page) => page.getByLabel('Article', { exact: true });

describe('bad input', () => {
  let env;
  before(async () => { env = await setUp({ mounts: FIXTURE_MOUNTS }); });
  after(() => env.close());

  it('an article over the engine’s limit is refused with its size and the limit, and kept', async () => {
    const page = await openPage(env);
    const limit = await page.evaluate(async () => (await import('/pkg/crosscheck.js').then(async (m) => { await m.default(); return m.engineInfo(); })).limits.max_article_bytes);
    const size = limit + 1024 * 1024;
    await box(page).evaluate((el, n) => {
      el.value = 'Six people came on Monday. '.repeat(Math.ceil(n / 27)).slice(0, n);
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, size);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await checkAlert(page).filter({ hasText: /^Could not check the article: the article is too large to check \(11\.0 MB; the limit is 10\.0 MB\)\.$/ }).waitFor();
    assert.equal(await box(page).evaluate((el) => el.value.length), size, 'the text is kept');
    // The page still answers: a short text checks at once.
    const report = await afterNextResult(page, () => box(page).fill('The original service began in 1996.'));
    assert.equal(report.claims.length, 1);
    assert.equal(await checkAlert(page).textContent(), '');
    await page.context().close();
  });

  it('text with control characters and NULs (a binary file’s bytes pasted) checks or says why; the page keeps working', async () => {
    const page = await openPage(env);
    const junk = `\u0000\u0001PK\u0003\u0004\u0000\u0000 In 1996, six people came.\u0007\uFFFD\u0000`;
    const report = await afterNextResult(page, () => box(page).fill(junk));
    assert.ok(Array.isArray(report.claims));
    assert.equal(await page.locator('cross-check .article-view').evaluate((v) => v.textContent), junk, 'shown back as it was typed');
    assert.equal(await box(page).inputValue(), junk);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('an article with no checkable fact says so (a greeting)', async () => {
    const page = await openPage(env);
    await afterNextResult(page, () => box(page).fill('Hello.'));
    assert.match(await page.locator('cross-check .counts').textContent(), /^No checkable claims were found/);
    await page.context().close();
  });
});
