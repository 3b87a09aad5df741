// Export: the report as JSON, and the plain-text summary when the browser refuses the
// clipboard. (The summary's text is the CLI's: cli.test.js; ClaimReview: review.test.js.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setUp, openPage, checkTarnby, cliCheck, FIXTURE_MOUNTS, TARNBY, TARNBY_DRAFT, TARNBY_WRITTEN } from './helpers.js';

describe('export', () => {
  let env;
  let page;
  let report;
  before(async () => {
    env = await setUp({ mounts: FIXTURE_MOUNTS });
    page = await openPage(env);
    report = await checkTarnby(page);
  });
  after(() => env.close());

  it('downloads the report as JSON, the one on screen', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download report (JSON)' }).click()]);
    assert.equal(download.suggestedFilename(), 'crosscheck-report.json');
    const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
    assert.deepEqual(saved, report);
    assert.equal(saved.claims.length, await page.locator('cross-check .claim').count());
    assert.equal(saved.claims.flatMap((c) => c.facts).length >= await page.locator('cross-check .mark[data-stop]').count(), true);
  });

  it('shows the summary, selected, when the browser refuses the clipboard', async () => {
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.getByRole('button', { name: 'Copy summary' }).click();
    await page.getByText('The browser did not allow copying; the summary is selected below').waitFor();
    const box = page.getByLabel('Summary to copy');
    assert.equal(await box.inputValue(), cliCheck(TARNBY_DRAFT, { corpus: TARNBY, date: TARNBY_WRITTEN, format: 'text' }));
    const selected = await box.evaluate((el) => [el.selectionStart, el.selectionEnd, el.value.length]);
    assert.deepEqual(selected.slice(0, 2), [0, selected[2]]);
  });
});
