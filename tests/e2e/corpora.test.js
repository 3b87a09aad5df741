// Corpora by story: create one from a folder with its corpus.json (the manifest read as the CLI
// reads it, never added as a document), switch, rename, replace with files, export as a .zip
// the CLI reads, delete; all kept across a reload and seen by a second tab. A corpus URL that
// fails is an error next to Check, and checks are refused until the reader picks another.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setUp, openPage, checkArticle, cliCheck, afterNextResult, FIXTURE_MOUNTS, TARNBY, TARNBY_DRAFT, TARNBY_WRITTEN, TARNBY_MANIFEST } from './helpers.js';

const panel = (page) => page.locator('cross-check details.corpus');
const rows = (page) => page.locator('cross-check .documents > li');
const inUse = (page) => page.locator('cross-check .corpus-in-use');
const select = (page) => page.getByLabel('Corpus in use');
const corpusStatus = (page) => page.locator('cross-check .corpus-body .corpus-status[role=status]');
const corpusAlert = (page) => page.locator('cross-check .corpus-body .error[role=alert]');
const checkAlert = (page) => page.locator('cross-check .actions + .error[role=alert]');

async function openPanel(page) {
  await inUse(page).filter({ hasText: /\d+ documents?/ }).waitFor();
  if (!(await panel(page).evaluate((d) => d.open))) await panel(page).locator('summary').click();
}

async function choose(page, buttonName, files) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: buttonName, exact: true }).click()]);
  await chooser.setFiles(files);
}

/** The corpus names the switch offers. */
const offered = (page) => select(page).locator('option').allTextContents();

describe('corpora by story', () => {
  let env;
  before(async () => { env = await setUp({ mounts: FIXTURE_MOUNTS }); });
  after(() => env.close());

  it('creates a corpus from a folder with its corpus.json, uses it, and checks as the CLI does against that folder', async () => {
    const page = await openPage(env);
    await openPanel(page);
    await choose(page, 'Create from a folder…', TARNBY);
    await corpusStatus(page).filter({ hasText: `Created “${TARNBY_MANIFEST.name}” with 3 documents.` }).waitFor();
    // The manifest gave ids, sources, languages and dates; it is not itself a document.
    assert.equal(await rows(page).count(), TARNBY_MANIFEST.documents.length);
    for (const doc of TARNBY_MANIFEST.documents) {
      const row = rows(page).filter({ hasText: doc.source });
      assert.match(await row.locator('.meta').textContent(), new RegExp(`^en · written ${doc.date} · \\d+ B · id ${doc.id}$`));
    }
    assert.equal(await rows(page).filter({ hasText: 'corpus.json' }).count(), 0);
    // The corpus in use is named above the results, before any check and after.
    assert.match(await inUse(page).textContent(), new RegExp(`“${TARNBY_MANIFEST.name.replace(/[()]/g, '\\$&')}”, 3 documents`));
    const report = await checkArticle(page, TARNBY_DRAFT, { written: TARNBY_WRITTEN });
    assert.deepEqual(report, cliCheck(TARNBY_DRAFT, { corpus: TARNBY, date: TARNBY_WRITTEN }));
    assert.ok(await inUse(page).isVisible());
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('switches, renames, replaces with files, exports and deletes; kept across a reload and in a second tab', async () => {
    const page = await openPage(env);
    await openPanel(page);
    await page.getByLabel('Name of the new corpus').fill('Ferry, May 2024');
    await choose(page, 'Create from files…', ['corpus.json', 'wire.txt', 'gazette.txt', 'radio.txt'].map((f) => path.join(TARNBY, f)));
    await corpusStatus(page).filter({ hasText: 'Created “Ferry, May 2024” with 3 documents.' }).waitFor();
    const tab = await page.context().newPage();
    await tab.goto(page.url());
    await openPanel(tab);
    assert.ok((await offered(tab)).includes('Ferry, May 2024 (3 documents)'), 'the second tab lists the new corpus');
    assert.match(await inUse(tab).textContent(), /Ferry, May 2024/, 'and starts with the corpus last used');

    // Switch to the built-in corpus and back: each switch says so, and the documents follow.
    const builtIn = (await offered(page)).find((o) => o.endsWith('(built in)'));
    await select(page).selectOption({ label: builtIn });
    await corpusStatus(page).filter({ hasText: /^Now checking against/ }).waitFor();
    assert.equal(await rows(page).count(), 5);
    await select(page).selectOption({ label: 'Ferry, May 2024 (3 documents)' });
    await inUse(page).filter({ hasText: 'Ferry, May 2024' }).waitFor();
    assert.equal(await rows(page).count(), 3);

    // Rename; the other tab hears of it.
    await page.getByRole('button', { name: 'Rename corpus…' }).click();
    await page.getByLabel('New name of the corpus').fill('Tarnby ferry');
    await page.getByRole('button', { name: 'Save name' }).click();
    await corpusStatus(page).filter({ hasText: 'Renamed the corpus to “Tarnby ferry”.' }).waitFor();
    await inUse(page).filter({ hasText: '“Tarnby ferry”' }).waitFor();
    await tab.locator('cross-check .corpus-in-use').filter({ hasText: '“Tarnby ferry”' }).waitFor();

    // Replace with a set of files and their manifest, in one action: two documents now.
    const manifest = { name: 'ignored on replace', documents: TARNBY_MANIFEST.documents.filter((d) => d.id !== 'radio') };
    await choose(page, 'Replace corpus with files…', [
      { name: 'corpus.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(manifest)) },
      ...['wire.txt', 'gazette.txt'].map((f) => ({ name: f, mimeType: 'text/plain', buffer: readFileSync(path.join(TARNBY, f)) })),
    ]);
    await corpusStatus(page).filter({ hasText: /^Replaced the documents of “Tarnby ferry” with the 2/ }).waitFor();
    assert.deepEqual(await rows(page).locator('.source').allTextContents(), ['Harbour Wire', 'The Tarnby Gazette']);
    await tab.locator('cross-check .documents > li').nth(1).waitFor();
    await tab.waitForFunction(() => document.querySelector('cross-check').shadowRoot.querySelectorAll('.documents > li').length === 2);

    // Kept across a reload.
    await page.reload();
    await openPanel(page);
    assert.match(await inUse(page).textContent(), /“Tarnby ferry”, 2 documents/);
    assert.match(await rows(page).first().locator('.meta').textContent(), /written 2024-05-16/);

    // Export: a .zip with corpus.json and one .txt per document, which the CLI reads.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export corpus (.zip)' }).click()]);
    assert.equal(download.suggestedFilename(), 'tarnby-ferry.zip');
    const folder = mkdtempSync(path.join(tmpdir(), 'crosscheck-export-'));
    try {
      const zip = path.join(folder, 'corpus.zip');
      await download.saveAs(zip);
      const unzip = spawnSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print("\\n".join(z.namelist())); z.extractall(sys.argv[2])', zip, path.join(folder, 'corpus')], { encoding: 'utf8' });
      assert.equal(unzip.status, 0, unzip.stderr);
      assert.deepEqual(unzip.stdout.trim().split('\n').sort(), ['corpus.json', 'gazette.txt', 'wire.txt']);
      const exported = JSON.parse(readFileSync(path.join(folder, 'corpus/corpus.json'), 'utf8'));
      assert.equal(exported.name, 'Tarnby ferry');
      assert.deepEqual(exported.documents.map((d) => [d.id, d.source, d.date]), manifest.documents.map((d) => [d.id, d.source, d.date]));
      const report = await checkArticle(page, TARNBY_DRAFT, { written: TARNBY_WRITTEN });
      assert.deepEqual(report, cliCheck(TARNBY_DRAFT, { corpus: path.join(folder, 'corpus'), date: TARNBY_WRITTEN }));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    // Delete: asked first; then the page's own corpus is in use again, and says so, in both tabs.
    await page.getByRole('button', { name: 'Delete corpus…' }).click();
    await page.getByRole('button', { name: 'Keep it' }).click();
    assert.match(await inUse(page).textContent(), /Tarnby ferry/);
    await page.getByRole('button', { name: 'Delete corpus…' }).click();
    await page.getByRole('button', { name: 'Delete “Tarnby ferry”' }).click();
    await corpusStatus(page).filter({ hasText: 'Deleted “Tarnby ferry”; now checking against the corpus this page starts with.' }).waitFor();
    assert.equal(await rows(page).count(), 5);
    assert.ok(!(await offered(page)).some((o) => o.startsWith('Tarnby ferry')));
    await tab.locator('cross-check .corpus-body .corpus-status').filter({ hasText: '“Tarnby ferry” was deleted in another tab' }).waitFor();
    await page.reload();
    await openPanel(page);
    assert.ok(!(await offered(page)).some((o) => o.startsWith('Tarnby ferry')), 'gone after a reload');
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('refuses a broken corpus.json or a file the manifest names but is missing, naming it, and changes nothing', async () => {
    const page = await openPage(env);
    await openPanel(page);
    const before = await offered(page);
    await choose(page, 'Create from files…', [
      { name: 'corpus.json', mimeType: 'application/json', buffer: Buffer.from('{"documents": [{"id": "wire"') },
      { name: 'wire.txt', mimeType: 'text/plain', buffer: readFileSync(path.join(TARNBY, 'wire.txt')) },
    ]);
    await corpusAlert(page).filter({ hasText: /^The corpus could not be created: corpus\.json: corpus\.json is not a valid manifest/ }).waitFor();
    await choose(page, 'Create from files…', [
      { name: 'corpus.json', mimeType: 'application/json', buffer: readFileSync(path.join(TARNBY, 'corpus.json')) },
      { name: 'wire.txt', mimeType: 'text/plain', buffer: readFileSync(path.join(TARNBY, 'wire.txt')) },
    ]);
    await corpusAlert(page).filter({ hasText: /gazette\.txt: named in corpus\.json but not among the files chosen/ }).waitFor();
    const badDate = { documents: [{ id: 'wire', file: 'wire.txt', source: 'Harbour Wire', date: '2024-05-32' }] };
    await choose(page, 'Replace corpus with files…', [
      { name: 'corpus.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(badDate)) },
      { name: 'wire.txt', mimeType: 'text/plain', buffer: readFileSync(path.join(TARNBY, 'wire.txt')) },
    ]);
    await corpusAlert(page).filter({ hasText: /“wire\.txt” cannot be used: its date “2024-05-32” is not a day of the form YYYY-MM-DD.*The corpus is unchanged\./ }).waitFor();
    assert.deepEqual(await offered(page), before);
    assert.equal(await rows(page).count(), 5);
    await page.context().close();
  });

  it('a corpus URL that fails is an error next to Check; checks are refused until another corpus is picked', async () => {
    const page = await openPage(env);
    await page.locator('cross-check').evaluate((el) => el.setAttribute('corpus', '/fixtures/no-such-corpus/corpus.json'));
    await checkAlert(page).filter({ hasText: /^The corpus “.*no-such-corpus\/corpus\.json” could not be loaded: .*404\. Checks are refused until it loads/ }).waitFor();
    await page.getByLabel('Article', { exact: true }).fill(TARNBY_DRAFT);
    assert.match(await inUse(page).textContent(), /could not be loaded/);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await checkAlert(page).filter({ hasText: /^Could not check the article: The corpus .* could not be loaded/ }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Results' }).count(), 0, 'no results against some other corpus');
    assert.equal(await page.getByLabel('Article', { exact: true }).inputValue(), TARNBY_DRAFT, 'the text is kept');
    // The reader picks the built-in corpus: the error goes, checks work.
    await panel(page).locator('summary').click();
    const builtIn = (await offered(page)).find((o) => o.endsWith('(built in)'));
    await select(page).selectOption({ label: builtIn });
    await inUse(page).filter({ hasText: /5 documents/ }).waitFor();
    assert.equal(await checkAlert(page).textContent(), '');
    const report = await afterNextResult(page, () => page.getByRole('button', { name: 'Check', exact: true }).click());
    assert.equal(report.documents.length, 5);
    await page.context().close();
  });
});
