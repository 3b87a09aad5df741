// Checking an article: the sample draft, the element's JS API and attributes, the keyboard,
// and an engine that cannot load.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { setUp, openPage, afterNextResult, checkTarnby, renderedClaims, shownText, DRAFT, DOCS, FIXTURE_MOUNTS } from './helpers.js';

describe('the sample draft', () => {
  let env;
  before(async () => { env = await setUp(); });
  after(() => env.close());

  it('loads, is checked against the built-in corpus as written the day after, and shows its marks and evidence', async () => {
    const page = await openPage(env);
    const report = await afterNextResult(page, () => page.getByRole('button', { name: 'Load the sample draft' }).click(), { article: DRAFT });
    assert.equal(await page.getByLabel('Written on').inputValue(), '2025-02-13');
    assert.equal(await shownText(page), DRAFT);
    const claims = await renderedClaims(page);
    assert.equal(claims.length, report.claims.length);
    assert.ok(claims.some((c) => c.rollup === 'conflict'), 'a conflict is shown');
    assert.match(await page.locator('cross-check .actions [role=status]').textContent(), /^Checked: \d+ claims: /);
    assert.match(await page.locator('cross-check .corpus-in-use').textContent(), /^Corpus in use: “.+”, 5 documents\.$/);
    // The README's screenshot: the evidence of the first conflicting figure open.
    await page.locator('cross-check .mark[data-stop][data-verdict=conflict]:not([data-context])').first().click();
    const panel = page.getByRole('complementary', { name: 'Evidence' });
    await panel.waitFor();
    assert.ok((await panel.locator('[data-relation=contradicts]').count()) > 0, 'a conflict shows a source that says otherwise');
    await page.getByLabel('Article', { exact: true }).evaluate((box) => { box.scrollTop = 0; });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(DOCS, 'screenshot.png'), fullPage: true });
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('the element', () => {
  let env;
  before(async () => { env = await setUp({ mounts: FIXTURE_MOUNTS }); });
  after(() => env.close());

  it('check(text) resolves to the report and fires crosscheck:result; an empty article is a message next to Check', async () => {
    const page = await openPage(env);
    const { report, detail, keys } = await page.locator('cross-check').evaluate(async (el, text) => {
      const fired = new Promise((resolve) => el.addEventListener('crosscheck:result', (e) => resolve(e.detail), { once: true }));
      const result = await el.check(text);
      return { report: result, detail: await fired, keys: Object.keys(result) };
    }, DRAFT);
    assert.deepEqual(detail, report);
    assert.deepEqual(keys, ['claims', 'summary', 'documents', 'skipped', 'warnings']);
    const facts = report.claims.flatMap((c) => c.facts);
    assert.equal(['agree', 'conflict', 'disputed', 'not_found'].reduce((n, v) => n + report.summary[v], 0), facts.length);
    const bytes = Buffer.from(DRAFT);
    for (const claim of report.claims) assert.equal(bytes.subarray(claim.start, claim.end).toString(), claim.text);

    const failure = await page.locator('cross-check').evaluate(async (el) => {
      const fired = new Promise((resolve) => el.addEventListener('crosscheck:error', (e) => resolve(e.detail), { once: true }));
      const message = await el.check('   ').then(() => 'resolved', (error) => error.message);
      return { message, detail: await fired };
    });
    assert.match(failure.message, /empty/);
    assert.equal(failure.detail.message, failure.message);
    assert.match(await page.locator('cross-check .actions + .error[role=alert]').textContent(), /^Could not check the article: the article is empty/);
    // A failed check leaves no "Checking 0 B… 0 s" beside the button, as if it were still going.
    assert.doesNotMatch(await page.locator('cross-check .actions [role=status]').textContent(), /Checking/);
    assert.equal(await page.getByLabel('Article', { exact: true }).inputValue(), '   ', 'the text box keeps what the user typed');
    await page.context().close();
  });

  it('reflects its attributes as properties, and ends its worker when it leaves the page', async () => {
    const page = await openPage(env);
    const seen = await page.evaluate(async () => {
      const workers = [];
      const Original = window.Worker;
      window.Worker = class extends Original {
        constructor(...args) {
          super(...args);
          workers.push(this);
          const terminate = this.terminate.bind(this);
          this.terminated = false;
          this.terminate = () => { this.terminated = true; terminate(); };
        }
      };
      const el = document.createElement('cross-check');
      el.corpus = '/fixtures/tarnby/corpus.json';
      el.live = true;
      el.compact = true;
      el.newsroom = 'The Tarnby Gazette';
      el.reviewUrl = 'https://example.org/checks/1';
      const attributes = ['corpus', 'live', 'compact', 'newsroom', 'review-url'].map((n) => [n, el.getAttribute(n)]);
      el.setAttribute('claim-author', 'A. Writer');
      const property = el.claimAuthor;
      el.live = false;
      const liveAfter = el.hasAttribute('live');
      document.body.append(el);
      await el.check('The original service began in 1996.');
      const started = workers.length;
      el.remove();
      const ended = workers.every((w) => w.terminated);
      document.body.append(el);
      const report = await el.check('The original service began in 1996.');
      window.Worker = Original;
      return { attributes, property, liveAfter, started, ended, again: workers.length, conflict: report.claims[0].verdict };
    });
    assert.deepEqual(seen.attributes, [['corpus', '/fixtures/tarnby/corpus.json'], ['live', ''], ['compact', ''], ['newsroom', 'The Tarnby Gazette'], ['review-url', 'https://example.org/checks/1']]);
    assert.equal(seen.property, 'A. Writer');
    assert.equal(seen.liveAfter, false);
    assert.equal(seen.started, 1, 'one worker while on the page');
    assert.equal(seen.ended, true, 'ended when the element left the page');
    assert.equal(seen.again, 2, 'a new one when it came back');
    assert.equal(seen.conflict, 'conflict', 'and it checks against its corpus again');
    await page.context().close();
  });
});

describe('keyboard only', () => {
  let env;
  before(async () => { env = await setUp({ mounts: FIXTURE_MOUNTS }); });
  after(() => env.close());

  const focused = (page) => page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return { tag: element?.tagName, id: element?.id, className: element?.className, text: element?.textContent?.slice(0, 80), label: element?.getAttribute('aria-label'), fact: element?.dataset?.fact ?? null };
  });

  async function tabUntil(page, matches, limit = 40) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (matches(now)) return now;
    }
    assert.fail('Tab never reached the expected element');
  }

  it('reaches every mark with the arrow keys, opens its evidence, works in it, and comes back', async () => {
    const page = await openPage(env);
    await checkTarnby(page);
    const stops = await page.locator('cross-check .mark[data-stop]').evaluateAll((marks) => marks.map((m) => m.dataset.fact));
    assert.ok(stops.length > 10);
    await page.getByRole('button', { name: 'Check', exact: true }).focus();
    const first = await tabUntil(page, (f) => f.fact !== null);
    assert.equal(first.fact, stops[0], 'Tab enters the article at its first mark');
    const reached = [first.fact];
    for (let i = 1; i < stops.length; i++) {
      await page.keyboard.press('ArrowRight');
      reached.push((await focused(page)).fact);
    }
    assert.deepEqual(reached, stops, 'the arrow keys reach every mark, in article order');
    await page.keyboard.press('Home');
    assert.equal((await focused(page)).fact, stops[0]);
    // The tooltip gives the reason of the focused mark.
    assert.ok(await page.getByRole('tooltip').isVisible());
    await page.keyboard.press('End');
    const last = await focused(page);
    assert.equal(last.fact, stops[stops.length - 1]);
    // A conflicting figure: Enter opens its evidence, with the keyboard on its section.
    const target = await page.locator('cross-check .mark[data-stop][data-verdict=conflict]:not([data-context])').first().getAttribute('data-fact');
    while ((await focused(page)).fact !== target) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Evidence' });
    await panel.waitFor();
    const inPanel = await focused(page);
    assert.equal(inPanel.tag, 'SECTION', 'focus moves to the fact in the evidence');
    // Tab reaches the note, the decisions and the close button of the panel.
    await page.keyboard.press('Tab');
    assert.match((await focused(page)).label ?? '', /^Note on “/);
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).text, 'Mark checked');
    await page.keyboard.press('Escape');
    assert.equal(await panel.count(), 0);
    const back = await focused(page);
    assert.equal(back.fact, target, 'focus returns to the mark');
    const outline = await page.locator('cross-check .mark:focus').evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', 'the focused mark is drawn with a visible outline');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});

describe('when the engine cannot load', () => {
  let env;
  before(async () => { env = await setUp(); });
  after(() => env.close());

  it('says so where the user looks and keeps the text', async () => {
    const context = await env.browser.newContext();
    await context.route('**/pkg/crosscheck_bg.wasm', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
    const page = await context.newPage();
    await page.goto(new URL('index.html', env.server.url).href);
    await page.getByLabel('Article', { exact: true }).fill(DRAFT);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    const alert = page.locator('cross-check .actions + .error[role=alert]');
    await alert.filter({ hasText: /the checking engine could not be loaded/ }).waitFor();
    assert.equal(await page.getByLabel('Article', { exact: true }).inputValue(), DRAFT);
    assert.equal(await page.getByRole('button', { name: 'Cancel' }).isVisible(), false, 'no endless progress');
    await context.close();
  });
});
