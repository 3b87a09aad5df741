// Export: the report as JSON, a plain-text summary on the clipboard, ClaimReview JSON-LD.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setUp, openPage, checkArticle, DRAFT } from './helpers.js';

describe('export', () => {
  let env;
  let page;
  let report;
  before(async () => {
    env = await setUp();
    page = await openPage(env, 'index.html', { permissions: ['clipboard-read', 'clipboard-write'] });
    await checkArticle(page, DRAFT);
    report = await page.locator('cross-check').evaluate((el) => el.report);
  });
  after(() => env.close());

  async function downloaded(buttonName) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: buttonName }).click(),
    ]);
    return { name: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
  }

  it('downloads the report as JSON, with the claims shown on screen', async () => {
    const { name, text } = await downloaded('Download report (JSON)');
    assert.equal(name, 'crosscheck-report.json');
    const saved = JSON.parse(text);
    assert.deepEqual(saved, report);
    assert.equal(saved.claims.length, await page.locator('cross-check .claim').count());
    assert.ok(saved.claims.every((c) => c.facts.length > 0 && typeof c.verdict === 'string'));
  });

  it('downloads schema.org ClaimReview JSON-LD for the claims with a verdict', async () => {
    const { name, text } = await downloaded('Download ClaimReview (JSON-LD)');
    assert.equal(name, 'crosscheck-claimreview.jsonld');
    const jsonLd = JSON.parse(text);
    assert.equal(jsonLd['@context'], 'https://schema.org');
    const reviews = jsonLd['@graph'];
    const judged = report.claims.filter((c) => c.verdict !== 'not_found');
    assert.equal(reviews.length, judged.length);
    for (const review of reviews) {
      assert.equal(review['@type'], 'ClaimReview');
      assert.equal(review.reviewRating['@type'], 'Rating');
      assert.ok(review.reviewRating.ratingValue >= 1 && review.reviewRating.ratingValue <= 3);
      assert.ok(DRAFT.replace(/\s+/g, ' ').includes(review.claimReviewed));
    }
    const conflict = report.claims.find((c) => c.verdict === 'conflict');
    const review = reviews.find((r) => r.claimReviewed === conflict.text.trim().replace(/\s+/g, ' '));
    assert.equal(review.reviewRating.ratingValue, 1);
    assert.ok(review.citation.length > 0);
  });

  it('copies a plain-text summary naming each claim and its verdict', async () => {
    await page.getByRole('button', { name: 'Copy summary' }).click();
    await page.getByText('Summary copied to the clipboard.').waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const s = report.summary;
    assert.ok(text.startsWith(`${report.claims.length} claims: ${s.agree} agree, ${s.conflict} conflict, ${s.disputed} disputed, ${s.not_found} not found`));
    assert.match(text, /\[CONFLICT\] /);
    for (const claim of report.claims) assert.ok(text.includes(claim.text.trim().replace(/\s+/g, ' ')));
  });
});
