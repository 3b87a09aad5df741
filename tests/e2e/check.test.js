// Checking an article: highlights, the evidence panel, filters, the element's JS API.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { setUp, openPage, checkArticle, renderedClaims, DRAFT, DOCS } from './helpers.js';

const VERDICTS = ['agree', 'conflict', 'disputed', 'not_found'];

describe('checking the draft', () => {
  let env;
  let page;
  before(async () => {
    env = await setUp();
    page = await openPage(env);
    await checkArticle(page, DRAFT);
  });
  after(() => env.close());

  it('highlights claims with a verdict each, some conflicting with the sources and some agreeing', async () => {
    const claims = await renderedClaims(page);
    assert.ok(claims.length >= 3, `claims on screen: ${claims.length}`);
    for (const claim of claims) assert.ok(VERDICTS.includes(claim.verdict), claim.verdict);
    assert.ok(claims.some((c) => c.verdict === 'conflict'), 'a conflict is shown');
    assert.ok(claims.some((c) => c.facts.includes('agree')), 'an agreeing fact is shown');
    // The article is shown back whole: highlighted claims and the text between them.
    const shown = await page.locator('cross-check .article-view').evaluate((view) => {
      const copy = view.cloneNode(true);
      copy.querySelectorAll('.icon, .visually-hidden').forEach((e) => e.remove());
      return copy.textContent;
    });
    assert.equal(shown, DRAFT);
    // Colour is not the only signal: each claim starts with an icon for its verdict.
    const icons = await page.locator('cross-check .claim .icon').allTextContents();
    assert.equal(new Set(icons.filter(Boolean)).size, new Set(claims.map((c) => c.verdict)).size);
    assert.match(await page.locator('cross-check [role=status]').first().textContent(), /Checked: \d+ claims/);
  });

  it('opens the evidence of a claim: source name, its sentence with the value marked, both values', async () => {
    await page.locator('cross-check .claim[data-verdict=conflict]').first().click();
    const panel = page.getByRole('complementary', { name: 'Evidence' });
    await panel.waitFor();
    const report = await page.locator('cross-check').evaluate((el) => el.report);
    const sources = report.documents.map((d) => d.source);
    const firstSource = await panel.locator('.source-name').first().textContent();
    assert.ok(sources.includes(firstSource), `${firstSource} is a corpus source`);
    const sentence = await panel.locator('.evidence-item blockquote').first().textContent();
    const allSentences = report.claims.flatMap((c) => c.facts.flatMap((f) => f.evidence.map((e) => e.sentence)));
    assert.ok(allSentences.includes(sentence), 'the evidence sentence is shown as the source has it');
    assert.ok((await panel.locator('.evidence-item mark').count()) > 0, 'the matched value is marked');
    const values = await panel.locator('.values').first().locator('dt').allTextContents();
    assert.equal(values[0], 'Article');
    assert.ok(sources.includes(values[1]));
    assert.ok((await panel.locator('[data-relation=contradicts]').count()) > 0, 'a conflict shows a source that says otherwise');
    await page.getByLabel('Article', { exact: true }).evaluate((box) => { box.scrollTop = 0; });
    await page.screenshot({ path: path.join(DOCS, 'screenshot.png'), fullPage: true });
    await panel.getByRole('button', { name: 'Close the evidence' }).click();
    assert.equal(await panel.count(), 0);
  });

  it('filters the claims by verdict from the summary bar', async () => {
    const bar = page.getByRole('toolbar', { name: 'Show claims by verdict' });
    const conflictButton = bar.locator('button[data-filter=conflict]');
    const count = Number(await conflictButton.locator('.count').textContent());
    assert.ok(count > 0);
    await conflictButton.click();
    assert.equal(await conflictButton.getAttribute('aria-pressed'), 'true');
    let claims = await renderedClaims(page);
    const shown = claims.filter((c) => !c.filteredOut);
    assert.ok(shown.length > 0 && shown.length < claims.length, `${shown.length} of ${claims.length} shown`);
    assert.ok(shown.every((c) => c.facts.includes('conflict')));
    assert.equal(await page.locator('cross-check .claim[data-filtered-out][role=button]').count(), 0, 'hidden claims are plain text');
    await bar.getByRole('button', { name: 'All claims' }).click();
    claims = await renderedClaims(page);
    assert.ok(claims.every((c) => !c.filteredOut));
  });

  it('check(text) resolves to the report and fires crosscheck:result with it; errors fire crosscheck:error', async () => {
    const { report, detail, keys } = await page.locator('cross-check').evaluate(async (el, text) => {
      const fired = new Promise((resolve) => el.addEventListener('crosscheck:result', (e) => resolve(e.detail), { once: true }));
      const result = await el.check(text);
      return { report: result, detail: await fired, keys: Object.keys(result) };
    }, DRAFT);
    assert.deepEqual(detail, report);
    assert.deepEqual(keys, ['claims', 'summary', 'documents', 'skipped', 'warnings']);
    const facts = report.claims.flatMap((c) => c.facts);
    assert.equal(VERDICTS.reduce((n, v) => n + report.summary[v], 0), facts.length);
    const bytes = Buffer.from(DRAFT);
    for (const claim of report.claims) assert.equal(bytes.subarray(claim.start, claim.end).toString(), claim.text);

    const failure = await page.locator('cross-check').evaluate(async (el) => {
      const fired = new Promise((resolve) => el.addEventListener('crosscheck:error', (e) => resolve(e.detail), { once: true }));
      const message = await el.check('   ').then(() => 'resolved', (error) => error.message);
      return { message, detail: await fired };
    });
    assert.match(failure.message, /empty/);
    assert.equal(failure.detail.message, failure.message);
    assert.match(await page.getByRole('alert').first().textContent(), /Could not check the article: the article is empty/);
    assert.equal(await page.getByLabel('Article', { exact: true }).inputValue(), '   ', 'the text box keeps what the user typed');
  });
});

describe('keyboard only', () => {
  let env;
  before(async () => { env = await setUp(); });
  after(() => env.close());

  const focused = (page) => page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return { tag: element?.tagName, id: element?.id, className: element?.className, text: element?.textContent?.slice(0, 80), label: element?.getAttribute('aria-label') };
  });

  async function tabUntil(page, matches, limit = 25) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (matches(now)) return now;
    }
    assert.fail('Tab never reached the expected element');
  }

  it('types, checks, moves between claims with the arrow keys and opens and closes the evidence', async () => {
    const page = await openPage(env);
    await tabUntil(page, (f) => f.id === 'article');
    await page.keyboard.insertText(DRAFT);
    await tabUntil(page, (f) => f.tag === 'BUTTON' && f.text === 'Check');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    const first = await tabUntil(page, (f) => f.className === 'claim');
    await page.keyboard.press('ArrowRight');
    const second = await focused(page);
    assert.equal(second.className, 'claim');
    assert.notEqual(second.text, first.text);
    await page.keyboard.press('ArrowLeft');
    assert.equal((await focused(page)).text, first.text);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Evidence' });
    await panel.waitFor();
    assert.equal((await focused(page)).id, 'evidence', 'focus moves to the evidence');
    await page.keyboard.press('Escape');
    assert.equal(await panel.count(), 0);
    const back = await focused(page);
    assert.equal(back.className, 'claim', 'focus returns to the claim');
    // The focused claim is drawn with a visible outline.
    const outline = await page.locator('cross-check .claim:focus').evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none');
    assert.deepEqual(page.problems, []);
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
    await alert.filter({ hasText: /^Could not check the article: the checking engine could not be loaded/ }).waitFor();
    assert.equal(await page.getByLabel('Article', { exact: true }).inputValue(), DRAFT);
    assert.equal(await page.getByRole('button', { name: 'Cancel' }).isVisible(), false, 'no endless progress');
    await context.close();
  });
});
