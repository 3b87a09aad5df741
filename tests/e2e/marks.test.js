// What a reader sees at a glance: each fact marked at its own words in its verdict's colour,
// line and symbol, each sentence tinted by an honest roll-up, the reason on hover and focus,
// and the evidence in order of importance. On the invented story (tests/e2e/fixtures/).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, checkTarnby, renderedClaims, markOf, shownText, FIXTURE_MOUNTS, TARNBY_DRAFT, TARNBY_MANIFEST } from './helpers.js';

// The planted errors, each at its own words (see tests/e2e/fixtures/README.md).
const PLANTED = [
  { words: 'on Tuesday', theirs: 'on Wednesday' },
  { words: 'five years', theirs: 'six years' },
  { words: '40 minutes', theirs: '35 minutes' },
  { words: 'in 1996', theirs: 'in 1994' },
];

describe('marks on the checked article', () => {
  let env;
  let page;
  let report;
  before(async () => {
    env = await setUp({ mounts: FIXTURE_MOUNTS });
    page = await openPage(env);
    report = await checkTarnby(page);
  });
  after(() => env.close());

  it('marks each planted error at its own words as a conflict, with a wavy underline and ✗', async () => {
    for (const { words } of PLANTED) {
      const mark = markOf(page, words);
      assert.equal(await mark.count(), 1, `one mark reads exactly “${words}”`);
      assert.equal(await mark.getAttribute('data-verdict'), 'conflict', words);
      assert.equal(await mark.evaluate((m) => m.closest('.claim').dataset.rollup), 'conflict', `the sentence holding “${words}” is a conflict`);
      const style = await mark.evaluate((m) => {
        const own = getComputedStyle(m);
        const symbol = getComputedStyle(m, '::after').content;
        return { line: own.textDecorationLine, style: own.textDecorationStyle, symbol };
      });
      assert.equal(style.line, 'underline', words);
      assert.equal(style.style, 'wavy', words);
      assert.match(style.symbol, /✗/, `${words} carries the conflict symbol`);
      assert.match(await mark.getAttribute('aria-label'), new RegExp(`^Conflict: ${words}$`));
    }
    // The draft's right figures agree, marked at their own words; so does the relative date
    // read against the day the draft was written.
    for (const words of ['up to 240 passengers', '12 million euros', 'yesterday']) {
      assert.equal(await markOf(page, words).getAttribute('data-verdict'), 'agree', words);
    }
    const unsaid = (await renderedClaims(page)).find((c) => c.text.startsWith('The town plans a second ferry line'));
    assert.equal(unsaid.rollup, 'not_found');
    assert.ok(unsaid.marks.every((v) => v === 'not_found'));
  });

  it('never shows a sentence as agreeing when one of its facts conflicts or is unconfirmed', async () => {
    const claims = await renderedClaims(page);
    assert.equal(claims.length, report.claims.length);
    for (const claim of claims) {
      assert.ok(claim.marks.length > 0, `“${claim.text}” has marks`);
      if (claim.marks.includes('conflict')) assert.equal(claim.rollup, 'conflict', claim.text);
      else if (claim.marks.includes('disputed')) assert.equal(claim.rollup, 'disputed', claim.text);
      else if (claim.marks.every((v) => v === 'agree')) assert.equal(claim.rollup, 'agree', claim.text);
      else if (claim.marks.some((v) => v === 'agree')) assert.equal(claim.rollup, 'unconfirmed', claim.text);
      else assert.equal(claim.rollup, 'not_found', claim.text);
    }
    // The one with a conflicting figure and an agreeing name is not green.
    const okafor = claims.find((c) => c.text.includes('40 minutes'));
    assert.ok(okafor.marks.includes('agree') && okafor.rollup === 'conflict');
    // The article is shown back whole, marks and all, as the text the writer gave.
    assert.equal(await shownText(page), TARNBY_DRAFT);
    // The counts say how many sentences have each roll-up and how many facts each verdict.
    const counts = await page.locator('cross-check .counts').textContent();
    const byRollup = (r) => claims.filter((c) => c.rollup === r).length;
    assert.match(counts, new RegExp(`^${claims.length} claims: ${byRollup('conflict')} conflict`));
    assert.match(counts, new RegExp(`${report.summary.not_found} not found, ${report.summary.agree} agree\\.$`));
  });

  it('shows the one-line reason on hover and on focus', async () => {
    const tip = page.getByRole('tooltip');
    await markOf(page, 'five years').hover();
    await tip.waitFor();
    assert.match(await tip.textContent(), /Conflict · quantity · .*six years.*five years/);
    await page.mouse.move(0, 0);
    await tip.waitFor({ state: 'hidden' });
    await markOf(page, 'in 1996').focus();
    await tip.waitFor();
    assert.match(await tip.textContent(), /in 1994/);
    assert.equal(await markOf(page, 'in 1996').getAttribute('aria-describedby'), 'mark-tip');
  });

  it('opens the evidence on click: conflicts first, both values side by side, the source’s words highlighted, its name and date', async () => {
    await markOf(page, '40 minutes').click();
    const panel = page.getByRole('complementary', { name: 'Evidence' });
    await panel.waitFor();
    assert.match(await panel.locator('.claim-rollup').textContent(), /Conflict — \d conflict/);
    const facts = panel.locator(':scope > .fact');
    const verdicts = await facts.evaluateAll((sections) => sections.map((s) => s.dataset.verdict));
    assert.equal(verdicts[0], 'conflict');
    assert.deepEqual([...verdicts].sort((a, b) => (a === 'conflict' ? -1 : 0) - (b === 'conflict' ? -1 : 0)), verdicts, 'conflicts come first');
    // The fact asked about leads, at its words, with the sources' values beside the article's.
    const first = facts.first();
    assert.equal(await first.getAttribute('data-current'), '');
    assert.equal(await first.locator('.fact-words').textContent(), '“40 minutes”');
    // The reason, and the rule that decided it when the engine names one.
    const fact = report.claims.flatMap((c) => c.facts).find((f) => f.text === '40 minutes');
    assert.equal(await first.locator('.reason').first().textContent(), `${fact.reason}${fact.rule ? ` (rule ${fact.rule})` : ''}`);
    const item = first.locator('.evidence-item').first();
    const [articleValue, sourceValue] = await item.locator('.values dd').allTextContents();
    assert.equal(articleValue, '40 minutes');
    assert.equal(sourceValue, '35 minutes');
    assert.equal(await item.locator('blockquote mark').textContent(), '35 minutes');
    const source = await item.locator('.source-name').textContent();
    const doc = TARNBY_MANIFEST.documents.find((d) => d.source === source);
    assert.ok(doc, `${source} is a source of the corpus`);
    assert.equal(await item.locator('time').getAttribute('datetime'), doc.date);
    // The name that merely agrees is folded under "Also agrees", after the conflict.
    const also = panel.locator('details.also-agrees');
    assert.match(await also.locator('summary').textContent(), /^Also agrees \(\d+\): .*Lene Okafor/);
    assert.equal(await also.evaluate((d) => d.open), false);
    assert.equal(await facts.filter({ hasText: '“Lene Okafor”' }).count(), 0, 'not listed among the facts that need a look');
    await panel.getByRole('button', { name: 'Close the evidence' }).click();
    assert.equal(await panel.count(), 0);
  });

  it('a statement around a value is drawn as its context: the value carries the mark', async () => {
    for (const { words } of PLANTED) assert.equal(await markOf(page, words).getAttribute('data-context'), null, words);
    const context = await page.locator('cross-check .mark[data-context]').evaluateAll((marks) => marks.map((m) => ({
      words: m.textContent, style: getComputedStyle(m).textDecorationStyle, thickness: getComputedStyle(m).textDecorationThickness, symbol: getComputedStyle(m, '::after').content,
    })));
    for (const mark of context) {
      assert.deepEqual([mark.style, mark.thickness], ['solid', '1px'], `${mark.words}: a thin line`);
      assert.equal(mark.symbol, 'none', `${mark.words}: no symbol of its own`);
    }
  });

  it('shows the claims of one roll-up from the summary bar', async () => {
    const bar = page.getByRole('toolbar', { name: 'Show claims by verdict' });
    const button = bar.locator('button[data-filter=conflict]');
    const count = Number(await button.locator('.count').textContent());
    assert.equal(count, report.summary.claims.conflict);
    await button.click();
    assert.equal(await button.getAttribute('aria-pressed'), 'true');
    const claims = await renderedClaims(page);
    const shown = claims.filter((c) => !c.filteredOut);
    assert.equal(shown.length, count);
    assert.ok(shown.every((c) => c.rollup === 'conflict'));
    assert.equal(await page.locator('cross-check .claim[data-filtered-out] .mark[role=button]').count(), 0, 'hidden claims are plain text');
    await bar.getByRole('button', { name: 'All claims' }).click();
    assert.ok((await renderedClaims(page)).every((c) => !c.filteredOut));
    assert.deepEqual(page.problems, []);
  });
});
