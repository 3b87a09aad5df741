// Live checking: as the writer types, the marks follow (no Check pressed), the caret, the
// selection and the scroll stay where the writer left them; the switch turns it off, and then
// an edit marks the results stale at once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, checkTarnby, afterNextResult, markOf, FIXTURE_MOUNTS, TARNBY_DRAFT } from './helpers.js';

/** Selects `words` in the text box (the first time they occur), as a writer double-clicking would. */
async function select(page, words) {
  const box = page.getByLabel('Article', { exact: true });
  await box.evaluate((el, w) => {
    const at = el.value.indexOf(w);
    el.focus();
    el.setSelectionRange(at, at + w.length);
  }, words);
}

const caret = (page) => page.getByLabel('Article', { exact: true }).evaluate((el) => ({
  start: el.selectionStart, end: el.selectionEnd, focused: el.getRootNode().activeElement === el, scrollTop: el.scrollTop, value: el.value,
}));

describe('live checking', () => {
  let env;
  let page;
  before(async () => {
    env = await setUp({ mounts: FIXTURE_MOUNTS });
    page = await openPage(env, 'index.html', { viewport: { width: 1280, height: 700 } });
    await checkTarnby(page);
  });
  after(() => env.close());

  it('updates the marks as the writer types, keeping the caret, the focus and the scroll', async () => {
    assert.equal(await page.getByRole('switch', { name: 'Check as I type' }).isChecked(), true, 'on by default on the page');
    // The text box is shorter than the draft, and scrolled; the page is scrolled too.
    await page.getByLabel('Article', { exact: true }).evaluate((el) => { el.style.height = '5rem'; });
    await page.evaluate(() => window.scrollTo(0, 120));
    assert.equal(await markOf(page, 'five years').getAttribute('data-verdict'), 'conflict');
    await select(page, 'five');
    // Where typing left the caret and the scroll, read before the check it starts has ended
    // (the check waits for a pause in the typing).
    const typed = await page.keyboard.type('six').then(() => page.getByLabel('Article', { exact: true }).evaluate((el) => ({
      scrollTop: el.scrollTop, checkedBefore: el.getRootNode().host.checked.article !== el.value,
    })));
    const pageScroll = await page.evaluate(() => window.scrollY);
    assert.ok(typed.checkedBefore, 'read before the live check ended');
    const report = await afterNextResult(page, async () => {});
    assert.ok(report.claims.some((c) => c.text.includes('six years')));
    const now = await caret(page);
    const at = TARNBY_DRAFT.indexOf('five') + 'six'.length;
    assert.equal(now.focused, true, 'the text box keeps the keyboard');
    assert.deepEqual([now.start, now.end], [at, at], 'the caret stays after what was typed');
    assert.equal(now.value, TARNBY_DRAFT.replace('five', 'six'));
    assert.equal(now.scrollTop, typed.scrollTop, 'the text box keeps its scroll');
    assert.equal(await page.evaluate(() => window.scrollY), pageScroll, 'the page keeps its scroll');
    // The mark followed: the corrected count agrees, at its words.
    await markOf(page, 'six years').waitFor();
    assert.equal(await markOf(page, 'six years').getAttribute('data-verdict'), 'agree');
    assert.equal(await markOf(page, 'five years').count(), 0);
    assert.equal(await page.locator('cross-check .stale-note').textContent(), '');
    // Typing on keeps the caret where the writer is, mid-word included.
    await page.keyboard.type(' whole');
    await afterNextResult(page, async () => {});
    const later = await caret(page);
    assert.deepEqual([later.start, later.end], [at + ' whole'.length, at + ' whole'.length]);
    assert.equal(later.focused, true);
  });

  it('the switch turns it off: an edit then marks the results stale at once, and Check brings them up to date', async () => {
    await page.getByRole('switch', { name: 'Check as I type' }).uncheck();
    assert.equal(await page.locator('cross-check').evaluate((el) => el.live), false, 'the switch is the live property');
    const checkedBefore = await page.locator('cross-check').evaluate((el) => el.checked.article);
    await select(page, '1996');
    await page.keyboard.type('1994');
    // Stale at once; no check follows.
    await page.locator('cross-check .stale-note').filter({ hasText: 'The article has changed since this check' }).waitFor();
    assert.equal(await page.locator('cross-check .article-view').getAttribute('data-stale'), '');
    // Give a live check every chance to run: none does.
    await page.waitForTimeout(800);
    assert.equal(await page.locator('cross-check').evaluate((el) => el.checked.article), checkedBefore);
    assert.equal(await markOf(page, 'in 1996').count(), 1, 'the marks are those of the text checked');
    assert.equal(await page.locator('cross-check').getAttribute('aria-busy'), null);
    await afterNextResult(page, () => page.getByRole('button', { name: 'Check', exact: true }).click());
    assert.equal(await markOf(page, 'in 1994').getAttribute('data-verdict'), 'agree');
    assert.equal(await page.locator('cross-check .stale-note').textContent(), '');
    // Back on: it checks what changed meanwhile at once.
    await select(page, 'Tuesday');
    await page.keyboard.type('Wednesday');
    await page.locator('cross-check .stale-note').filter({ hasText: 'changed' }).waitFor();
    await afterNextResult(page, () => page.getByRole('switch', { name: 'Check as I type' }).check());
    assert.equal(await markOf(page, 'on Wednesday').getAttribute('data-verdict'), 'agree');
    assert.deepEqual(page.problems, []);
  });
});
