// Server mode: with an `evidence` attribute, Check POSTs {article, date} to <evidence>/check and
// shows the report the newsroom's server answers, its warnings included; the page says so
// before the first check. The server here is a stub that runs the real CLI on the fixture
// corpus (newsroomRoutes in helpers.js). Without the attribute, nothing leaves the browser.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, afterNextResult, cliCheck, newsroomRoutes, renderedClaims, FIXTURE_MOUNTS, TARNBY, TARNBY_DRAFT, TARNBY_WRITTEN } from './helpers.js';

const checkAlert = (page) => page.locator('cross-check .actions + .error[role=alert]');

/** The page with its widget pointed at the stub server's `base`. */
async function serverPage(env, base, options = {}) {
  const page = await openPage(env, 'index.html', options);
  await page.locator('cross-check').evaluate((el, b) => { el.live = false; el.evidence = b; }, base);
  await page.locator('cross-check .server-notice').waitFor();
  return page;
}

describe('server mode', () => {
  let env;
  let stub;
  before(async () => {
    stub = newsroomRoutes();
    env = await setUp({ mounts: FIXTURE_MOUNTS, routes: stub.routes });
  });
  after(() => env.close());

  it('says plainly, before the first check, that the article is sent to the newsroom’s server; sends nothing before Check', async () => {
    stub.requests.length = 0;
    const page = await serverPage(env, '/api/');
    const origin = new URL(env.server.url).origin;
    const notice = await page.locator('cross-check .server-notice').textContent();
    assert.match(notice, /^This corpus is on the newsroom’s server\. When you check, the article .* is sent to /);
    assert.ok(notice.includes(origin), notice);
    assert.match(await page.locator('cross-check .corpus-in-use').textContent(), /the newsroom’s archive, on its server/);
    assert.equal(await page.locator('cross-check details.corpus').count(), 0, 'no local corpus panel');
    await page.getByLabel('Article', { exact: true }).fill(TARNBY_DRAFT);
    await page.getByLabel('Written on').fill(TARNBY_WRITTEN);
    assert.equal(stub.requests.length, 0, 'nothing is sent before Check');
    const report = await afterNextResult(page, () => page.getByRole('button', { name: 'Check', exact: true }).click());
    assert.equal(stub.requests.length, 1);
    const [request] = stub.requests;
    assert.equal(request.method, 'POST');
    assert.match(request.type, /^application\/json/);
    assert.deepEqual(JSON.parse(request.body), { article: TARNBY_DRAFT, date: TARNBY_WRITTEN });
    // What the page shows is the server's report, marks and all.
    assert.deepEqual(report, cliCheck(TARNBY_DRAFT, { corpus: TARNBY, date: TARNBY_WRITTEN }));
    const claims = await renderedClaims(page);
    assert.deepEqual(claims.map((c) => c.rollup), report.claims.map((c) => c.verdict));
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('“Copy summary” copies the server’s own text summary of the report on screen', async () => {
    const page = await serverPage(env, '/api/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByLabel('Article', { exact: true }).fill(TARNBY_DRAFT);
    await page.getByLabel('Written on').fill(TARNBY_WRITTEN);
    await afterNextResult(page, () => page.getByRole('button', { name: 'Check', exact: true }).click());
    stub.requests.length = 0;
    await page.getByRole('button', { name: 'Copy summary' }).click();
    await page.getByText('Summary copied to the clipboard.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, cliCheck(TARNBY_DRAFT, { corpus: TARNBY, date: TARNBY_WRITTEN, format: 'text' }));
    assert.match(copied, /^\d+ claims?/);
    // Asked for the same article and day, as text.
    assert.deepEqual(stub.requests.map((r) => JSON.parse(r.body)), [{ article: TARNBY_DRAFT, date: TARNBY_WRITTEN, format: 'text' }]);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('shows the warnings the server gives with its report', async () => {
    const page = await serverPage(env, '/api-partial');
    await page.getByLabel('Article', { exact: true }).fill(TARNBY_DRAFT);
    await afterNextResult(page, () => page.getByRole('button', { name: 'Check', exact: true }).click());
    const notes = page.getByRole('list', { name: 'Notes on this check' });
    assert.match(await notes.textContent(), /Warning: part of the archive was not searched: the 2019 volumes are being re-indexed/);
    assert.match(await page.locator('cross-check .actions [role=status]').textContent(), /1 warning: see the notes/);
    await page.context().close();
  });

  it('a server that fails: its message next to Check, the text kept, no results', async () => {
    const page = await serverPage(env, '/api-down/');
    await page.getByLabel('Article', { exact: true }).fill(TARNBY_DRAFT);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await checkAlert(page).filter({ hasText: 'Could not check the article: the newsroom’s server could not check the article: the archive is being re-indexed; try again in a few minutes.' }).waitFor();
    assert.equal(await page.getByLabel('Article', { exact: true }).inputValue(), TARNBY_DRAFT);
    assert.equal(await page.getByRole('heading', { name: 'Results' }).count(), 0);
    // The server's own refusal of bad input is shown the same way.
    await page.locator('cross-check').evaluate((el) => { el.evidence = '/api/'; });
    await page.getByLabel('Article', { exact: true }).fill('   ');
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await checkAlert(page).filter({ hasText: /^Could not check the article: the newsroom’s server could not check the article: the article is empty/ }).waitFor();
    await page.context().close();
  });

  it('without the attribute, a check sends nothing anywhere', async () => {
    stub.requests.length = 0;
    const page = await openPage(env);
    const sent = [];
    page.on('request', (request) => {
      if (request.method() !== 'GET' || new URL(request.url()).origin !== new URL(env.server.url).origin) sent.push(`${request.method()} ${request.url()}`);
    });
    await page.getByLabel('Article', { exact: true }).fill(TARNBY_DRAFT);
    await afterNextResult(page, () => page.getByRole('button', { name: 'Check', exact: true }).click());
    assert.deepEqual(sent, []);
    assert.equal(stub.requests.length, 0);
    assert.equal(await page.locator('cross-check .server-notice').isVisible(), false);
    await page.context().close();
  });
});
