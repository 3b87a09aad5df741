// The page and the command line say the same thing about the same input: the same report
// (the page's "written on" date is the CLI's --date, the manifest's dates reach the engine),
// the same roll-ups in the JSON, the text output and on screen, and "Copy summary" is the
// CLI's own text output.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, checkArticle, checkTarnby, renderedClaims, cliCheck, afterNextResult, FIXTURE_MOUNTS, TARNBY, TARNBY_DRAFT, TARNBY_WRITTEN, DRAFT } from './helpers.js';

describe('the page and the CLI', () => {
  let env;
  let page;
  let pageReport;
  before(async () => {
    env = await setUp({ mounts: FIXTURE_MOUNTS });
    page = await openPage(env, 'index.html', { permissions: ['clipboard-read', 'clipboard-write'] });
    pageReport = await checkTarnby(page);
  });
  after(() => env.close());

  it('give the same report for a dated corpus and a draft written on a given day (--date)', () => {
    const cli = cliCheck(TARNBY_DRAFT, { corpus: TARNBY, date: TARNBY_WRITTEN });
    assert.deepEqual(pageReport, cli);
    // The corpus's dates reached the engine in the page as in the CLI.
    assert.ok(pageReport.documents.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date)), 'every document carries its manifest date');
  });

  it('agree on every roll-up: the JSON, the text output and the sentences on screen', async () => {
    const json = cliCheck(TARNBY_DRAFT, { corpus: TARNBY, date: TARNBY_WRITTEN });
    const text = cliCheck(TARNBY_DRAFT, { corpus: TARNBY, date: TARNBY_WRITTEN, format: 'text' });
    const fromText = [...text.matchAll(/^\[([A-Z_]+)\] /gm)].map((m) => m[1].toLowerCase());
    const onScreen = (await renderedClaims(page)).map((c) => c.rollup);
    assert.deepEqual(fromText, json.claims.map((c) => c.verdict));
    assert.deepEqual(onScreen, fromText);
    // The summary bar counts the same claims by roll-up as the JSON.
    for (const [rollup, n] of Object.entries(json.summary.claims)) {
      const count = await page.locator(`cross-check .summary [data-filter=${rollup}] .count`).textContent();
      assert.equal(Number(count), n, rollup);
    }
  });

  it('“Copy summary” copies the CLI’s own text output', async () => {
    await page.getByRole('button', { name: 'Copy summary' }).click();
    await page.getByText('Summary copied to the clipboard.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, cliCheck(TARNBY_DRAFT, { corpus: TARNBY, date: TARNBY_WRITTEN, format: 'text' }));
  });

  it('read relative dates against the day written: cleared, the page checks as the CLI does without --date', async () => {
    const undated = await checkArticle(page, TARNBY_DRAFT, { written: null });
    assert.deepEqual(undated, cliCheck(TARNBY_DRAFT, { corpus: TARNBY }));
    // Changing the day re-checks at once (live checking is on), against the new day.
    const later = await afterNextResult(page, () => page.getByLabel('Written on').fill('2024-06-20'));
    assert.deepEqual(later, cliCheck(TARNBY_DRAFT, { corpus: TARNBY, date: '2024-06-20' }));
    // And the day matters: "yesterday" is 15 May, as the gazette says, only when written on 16 May.
    const yesterday = (report) => report.claims.flatMap((c) => c.facts).find((f) => f.text === 'yesterday');
    assert.equal(yesterday(pageReport).verdict, 'agree');
    assert.notEqual(yesterday(later).verdict, 'agree', 'written on 20 June, “yesterday” is not the day the reports give');
  });

  it('give the same report for the sample draft against the built-in corpus', async () => {
    const other = await openPage(env);
    const report = await checkArticle(other, DRAFT, { written: '2025-02-13' });
    assert.deepEqual(report, cliCheck(DRAFT, { date: '2025-02-13' }));
    assert.deepEqual(other.problems, []);
    await other.context().close();
  });
});
