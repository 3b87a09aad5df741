// The editor's own verdict: each flag can be marked checked (with a note) or dismissed; the
// decisions stay with the article across reloads; the counts say what is still open; and the
// ClaimReview export holds one review per claim the editor reviewed, rated by the decision.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setUp, openPage, checkTarnby, checkArticle, importTarnby, afterNextResult, markOf, FIXTURE_MOUNTS, TARNBY_DRAFT, TARNBY_WRITTEN } from './helpers.js';

const panel = (page) => page.getByRole('complementary', { name: 'Evidence' });
const openFlags = (page) => page.locator('cross-check .open-flags');

/** Opens the evidence of the fact whose words are `words`, and decides on that fact's flag. */
async function decide(page, words, button, note = '') {
  await markOf(page, words).click();
  const section = panel(page).locator('.fact[data-current]');
  await section.waitFor();
  if (note) await section.getByLabel(`Note on “${words}” (optional)`).fill(note);
  await section.getByRole('button', { name: button }).click();
  await section.locator('.decision[data-decision]').waitFor();
}

describe('the editor’s verdict', () => {
  let env;
  before(async () => { env = await setUp({ mounts: FIXTURE_MOUNTS }); });
  after(() => env.close());

  it('marks flags checked or dismissed, counts what is open, and keeps it all across a reload', async () => {
    const page = await openPage(env);
    await importTarnby(page);
    const report = await checkArticle(page, TARNBY_DRAFT, { written: TARNBY_WRITTEN });
    const flags = report.claims.flatMap((c) => c.facts).filter((f) => f.verdict !== 'agree').length;
    assert.equal(await openFlags(page).textContent(), `${flags} of ${flags} flags still open.`);
    await decide(page, 'five years', 'Mark checked', 'Port office confirms six years; corrected');
    assert.match(await panel(page).locator('.fact[data-current] .decision').textContent(), /^Checked by the editor: Port office confirms six years; corrected/);
    // The keyboard stays on the decision just made.
    assert.equal(await page.evaluate(() => document.querySelector('cross-check').shadowRoot.activeElement?.textContent), 'Reopen this flag');
    await decide(page, '40 minutes', 'Dismiss');
    assert.equal(await openFlags(page).textContent(), `${flags - 2} of ${flags} flags still open (2 checked or dismissed by you).`);
    assert.equal(await markOf(page, 'five years').getAttribute('data-decision'), 'checked');
    assert.equal(await markOf(page, '40 minutes').getAttribute('data-decision'), 'dismissed');
    assert.equal(await markOf(page, '40 minutes').getAttribute('aria-label'), 'Conflict, dismissed by the editor: 40 minutes');

    // A reload brings back the draft, its day, its marks and the decisions.
    await page.reload();
    await markOf(page, '40 minutes').waitFor();
    assert.equal(await page.getByLabel('Article', { exact: true }).inputValue(), TARNBY_DRAFT);
    assert.equal(await page.getByLabel('Written on').inputValue(), TARNBY_WRITTEN);
    assert.equal(await markOf(page, 'five years').getAttribute('data-decision'), 'checked');
    assert.equal(await markOf(page, '40 minutes').getAttribute('data-decision'), 'dismissed');
    assert.equal(await openFlags(page).textContent(), `${flags - 2} of ${flags} flags still open (2 checked or dismissed by you).`);
    await markOf(page, 'five years').click();
    assert.match(await panel(page).locator('.fact[data-current] .decision').textContent(), /Port office confirms six years/);
    await panel(page).locator('.fact[data-current]').getByRole('button', { name: 'Reopen this flag' }).click();
    assert.equal(await openFlags(page).textContent(), `${flags - 1} of ${flags} flags still open (1 checked or dismissed by you).`);
    assert.equal(await markOf(page, 'five years').getAttribute('data-decision'), null);
    // An edit that changes a flag's words ends its decision: the new words are a new flag.
    const box = page.getByLabel('Article', { exact: true });
    await afterNextResult(page, () => box.fill(TARNBY_DRAFT.replace('40 minutes', '45 minutes')));
    assert.equal(await markOf(page, '45 minutes').getAttribute('data-decision'), null);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('exports one ClaimReview per reviewed claim: the newsroom, the review URL, the claim’s author and place, a rating from the decision, each source once', async () => {
    const page = await openPage(env);
    await page.locator('cross-check').evaluate((el) => {
      Object.assign(el, { newsroom: 'Tarnby Gazette fact desk', reviewUrl: 'https://gazette.example/checks/ferry', claimAuthor: 'A. Reporter', claimUrl: 'https://gazette.example/ferry-returns' });
    });
    const report = await checkTarnby(page);
    // Nothing reviewed yet: the export says so rather than saving an empty file.
    await page.getByRole('button', { name: 'Download ClaimReview (JSON-LD)' }).click();
    await page.getByText('No claim is reviewed yet').waitFor();
    // The five-year claim: its figure confirmed as wrong. The 1996 claim: every flag dismissed.
    await decide(page, 'five years', 'Mark checked', 'Six years, say the port records');
    const year = report.claims.find((c) => c.text.includes('1996'));
    await markOf(page, 'in 1996').click();
    for (let left = year.facts.filter((f) => f.verdict !== 'agree').length; left > 0; left--) {
      await panel(page).getByRole('button', { name: 'Dismiss' }).first().click();
      await page.waitForFunction((n) => document.querySelector('cross-check').shadowRoot.querySelectorAll('#evidence .decision[data-decision]').length === n,
        year.facts.filter((f) => f.verdict !== 'agree').length - left + 1);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download ClaimReview (JSON-LD)' }).click()]);
    assert.equal(download.suggestedFilename(), 'crosscheck-claimreview.jsonld');
    const jsonLd = JSON.parse(await readFile(await download.path(), 'utf8'));
    const reviews = jsonLd['@graph'];
    assert.equal(reviews.length, 2, 'one per claim reviewed, not one per sentence');
    const byClaim = (words) => reviews.find((r) => r.claimReviewed.includes(words));
    for (const review of reviews) {
      assert.equal(review['@type'], 'ClaimReview');
      assert.deepEqual(review.author, { '@type': 'Organization', name: 'Tarnby Gazette fact desk' });
      assert.equal(review.url, 'https://gazette.example/checks/ferry');
      assert.deepEqual(review.itemReviewed.author, { '@type': 'Person', name: 'A. Reporter' });
      assert.equal(review.itemReviewed.appearance.url, 'https://gazette.example/ferry-returns');
      const claim = report.claims.find((c) => c.text === review.claimReviewed);
      const sources = new Set(claim.facts.flatMap((f) => f.evidence.map((e) => e.doc_id)));
      assert.equal(review.citation.length, sources.size, 'each source cited once');
      assert.equal(new Set(review.citation.map((c) => c.name)).size, review.citation.length);
    }
    assert.equal(byClaim('five years').reviewRating.ratingValue, 1, 'a conflict the editor confirmed');
    assert.match(byClaim('five years').reviewBody, /Checked by the editor: Six years, say the port records/);
    assert.equal(byClaim('1996').reviewRating.ratingValue, 3, 'every flag dismissed: the editor stands by the claim');
    assert.ok(byClaim('1996').citation.every((c) => c.datePublished), 'sources carry their dates');
    await page.context().close();
  });
});
