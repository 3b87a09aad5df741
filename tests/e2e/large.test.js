// A huge article is checked off the main thread: the page keeps reacting, the check can be
// cancelled, and a new check replaces the one in flight.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, checkArticle, DRAFT } from './helpers.js';

const HUGE = DRAFT.repeat(Math.ceil((2 * 1024 * 1024) / DRAFT.length)); // about 2 MB
// About 3 MB of earlier versions of the story, each with its figures changed.
const ARCHIVE = Array.from({ length: Math.ceil((3 * 1024 * 1024) / DRAFT.length) },
  (_, i) => DRAFT.replace(/\d+/g, (figure) => String(Number(figure) + (i % 97)))).join('\n');

describe('a 2 MB article against a 3 MB archive', () => {
  let env;
  before(async () => { env = await setUp(); });
  after(() => env.close());

  it('keeps the page responsive while checking, and Cancel stops the check and keeps the text', async () => {
    const page = await openPage(env);
    // Against a newsroom's archive the check takes seconds (against the five default
    // documents these 2 MB take well under one now: too soon to watch the timer and Cancel).
    await page.locator('cross-check .corpus > summary').click();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Upload documents…' }).click()]);
    await chooser.setFiles([{ name: 'archive.txt', mimeType: 'text/plain', buffer: Buffer.from(ARCHIVE) }]);
    await page.locator('cross-check .corpus-body .corpus-status[role=status]').filter({ hasText: 'Added archive.txt.' }).waitFor();
    await page.locator('cross-check .corpus > summary').click();
    // Pasted: the text arrives in one go (typing 2 MB key by key is not what users do).
    await page.getByLabel('Article', { exact: true }).evaluate((box, text) => {
      box.value = text;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, HUGE);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const cancel = page.getByRole('button', { name: 'Cancel' });
    await cancel.waitFor();
    const status = page.locator('cross-check .actions [role=status]');
    assert.match(await status.textContent(), /^Checking 2\.0 MB…/);
    // The page answers clicks and typing while the engine works...
    await page.locator('cross-check .corpus > summary').click();
    assert.equal(await page.locator('cross-check details.corpus').evaluate((d) => d.open), true);
    await page.getByLabel('Source name').fill('typed while checking');
    assert.equal(await page.getByLabel('Source name').inputValue(), 'typed while checking');
    // ...and its timers run: the elapsed time counts up.
    await status.filter({ hasText: /… [1-9]\d* s$/ }).waitFor();
    assert.ok(await cancel.isVisible(), 'the check was still running during all of this');
    await cancel.click();
    await status.filter({ hasText: 'Check cancelled. Your text is unchanged.' }).waitFor();
    assert.equal(await cancel.isVisible(), false);
    assert.equal(await page.getByLabel('Article', { exact: true }).inputValue(), HUGE);
    assert.equal(await page.getByRole('heading', { name: 'Results' }).count(), 0);
    // The engine is ready again at once.
    await checkArticle(page, DRAFT);
    assert.ok((await page.locator('cross-check .claim').count()) > 0);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('a new check replaces the one in flight', async () => {
    const page = await openPage(env);
    const outcome = await page.locator('cross-check').evaluate(async (el, [huge, draft]) => {
      const first = el.check(huge).then(() => 'finished', (error) => error.name);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const second = await el.check(draft);
      return { first: await first, claims: second.claims.length };
    }, [HUGE, DRAFT]);
    assert.equal(outcome.first, 'AbortError');
    assert.ok(outcome.claims > 0);
    assert.match(await page.locator('cross-check .actions [role=status]').textContent(), /^Checked: /);
    await page.context().close();
  });
});
