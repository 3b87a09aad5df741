// The documents of the corpus in use: list, add (paste, upload), edit (source, date,
// language), replace, remove, reset; kept across reloads; bad files refused with a message
// naming them; a corpus from a manifest URL, its dates reaching the engine.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { setUp, openPage, ROOT, DRAFT, FIXTURE_MOUNTS, TARNBY_URL, TARNBY_MANIFEST, TARNBY_DRAFT, useCorpus } from './helpers.js';

const rows = (page) => page.locator('cross-check .documents > li');
const title = (page) => page.locator('cross-check .corpus > summary');
const corpusAlert = (page) => page.locator('cross-check .corpus-body .error[role=alert]');
const corpusStatus = (page) => page.locator('cross-check .corpus-body .corpus-status[role=status]');

async function openCorpus(page) {
  await title(page).filter({ hasText: /\d+ documents?/ }).waitFor();
  await title(page).click();
}

async function upload(page, buttonName, files) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: buttonName }).click()]);
  await chooser.setFiles(files);
}

const reportDocuments = (page) => page.locator('cross-check').evaluate(async (el, text) => (await el.check(text)).documents, DRAFT);

describe('corpus panel', () => {
  let env;
  before(async () => {
    env = await setUp({ mounts: { '/corpus/': path.join(ROOT, 'corpus/belarus-2025-02/'), ...FIXTURE_MOUNTS } });
  });
  after(() => env.close());

  it('lists the documents with source, language and size', async () => {
    const page = await openPage(env);
    await openCorpus(page);
    assert.equal(await rows(page).count(), 5);
    assert.match(await title(page).textContent(), /5 documents/);
    const first = await rows(page).first().textContent();
    assert.match(first, /en · written \d{4}-\d{2}-\d{2} · [\d.]+ KB · id /);
    await page.context().close();
  });

  it('adds pasted and uploaded documents, renames, replaces and removes them; edits survive a reload; reset restores the default', async () => {
    const page = await openPage(env);
    await openCorpus(page);

    await page.getByLabel('Source name').fill('City Desk Notes');
    await page.getByLabel('Language (optional)').fill('en');
    await page.getByLabel('Document text').fill('The council approved a budget of 40 million euros on Monday.');
    await page.getByRole('button', { name: 'Add document' }).click();
    await corpusStatus(page).filter({ hasText: 'Added City Desk Notes.' }).waitFor();
    assert.equal(await rows(page).count(), 6);
    assert.ok((await reportDocuments(page)).some((d) => d.source === 'City Desk Notes' && d.language === 'en'));

    // HTML is reduced to its text; scripts and markup are dropped.
    const html = '<!doctype html><html><head><title>x</title><script>var hidden = 1;</script></head><body><h1>Budget</h1><p>The budget is <b>40 million</b> euros.</p></body></html>';
    await upload(page, 'Upload documents…', [{ name: 'budget.html', mimeType: 'text/html', buffer: Buffer.from(html) }]);
    await corpusStatus(page).filter({ hasText: 'Added budget.html.' }).waitFor();
    const added = rows(page).filter({ hasText: 'budget.html' });
    assert.match(await added.textContent(), new RegExp(`· ${Buffer.byteLength('Budget\n\nThe budget is 40 million euros.')} B ·`));

    await page.getByRole('button', { name: 'Edit City Desk Notes' }).click();
    await page.getByLabel('Source of City Desk Notes').fill('Metro Desk');
    await page.getByLabel('Date of City Desk Notes').fill('2025-02-14');
    await page.getByLabel('Source of City Desk Notes').press('Enter');
    await corpusStatus(page).filter({ hasText: 'Renamed City Desk Notes to Metro Desk.' }).waitFor();
    const focusedLabel = await page.evaluate(() => document.querySelector('cross-check').shadowRoot.activeElement?.getAttribute('aria-label'));
    assert.equal(focusedLabel, 'Edit Metro Desk', 'the keyboard user stays on the edited document');
    assert.match(await rows(page).filter({ hasText: 'Metro Desk' }).textContent(), /en · written 2025-02-14 · /);
    assert.equal((await reportDocuments(page)).find((d) => d.source === 'Metro Desk')?.date, '2025-02-14', 'the date reaches the engine');

    await upload(page, 'Replace Metro Desk with a file', [{ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Twelve people were hurt.') }]);
    await corpusStatus(page).filter({ hasText: /Replaced the text of Metro Desk/ }).waitFor();
    assert.match(await rows(page).filter({ hasText: 'Metro Desk' }).textContent(), /· 24 B ·/);

    await page.getByRole('button', { name: 'Remove budget.html' }).click();
    await corpusStatus(page).filter({ hasText: 'Removed budget.html.' }).waitFor();
    assert.equal(await rows(page).count(), 6);

    await page.reload();
    await openCorpus(page);
    assert.match(await title(page).textContent(), /6 documents.*\(edited\)/);
    assert.match(await page.locator('cross-check .corpus-in-use').textContent(), /6 documents \(edited\)/);
    assert.equal(await rows(page).filter({ hasText: 'Metro Desk' }).count(), 1);
    assert.equal(await rows(page).filter({ hasText: 'budget.html' }).count(), 0);
    const documents = await reportDocuments(page);
    assert.deepEqual(documents.find((d) => d.source === 'Metro Desk')?.bytes, 24);

    await page.getByRole('button', { name: 'Reset to its default documents' }).click();
    await corpusStatus(page).filter({ hasText: 'back to its default' }).waitFor();
    assert.equal(await rows(page).count(), 5);
    await page.reload();
    await openCorpus(page);
    assert.equal(await rows(page).count(), 5);
    assert.doesNotMatch(await title(page).textContent(), /edited/);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  it('refuses binary, empty and non-UTF-8 files with a message naming each, and keeps the corpus', async () => {
    const page = await openPage(env);
    await openCorpus(page);
    const before = await rows(page).allTextContents();
    const cases = [
      [{ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) }, /“photo\.png” cannot be used: binary file/],
      [{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }, /“empty\.txt” cannot be used: empty file/],
      [{ name: 'latin1.txt', mimeType: 'text/plain', buffer: Buffer.from('caf\xe9 cr\xe8me', 'latin1') }, /“latin1\.txt” cannot be used: not UTF-8/],
    ];
    for (const [file, message] of cases) {
      await upload(page, 'Upload documents…', [file]);
      await corpusAlert(page).filter({ hasText: message }).waitFor();
      assert.match(await corpusAlert(page).textContent(), /The corpus is unchanged\./);
      assert.deepEqual(await rows(page).allTextContents(), before);
    }
    // One bad file among good ones: nothing is added.
    await upload(page, 'Upload documents…', [
      { name: 'good.txt', mimeType: 'text/plain', buffer: Buffer.from('A good document about 12 people.') },
      { name: 'blank.md', mimeType: 'text/markdown', buffer: Buffer.from('  \n\n ') },
    ]);
    await corpusAlert(page).filter({ hasText: /“blank\.md” cannot be used: no text/ }).waitFor();
    assert.deepEqual(await rows(page).allTextContents(), before);
    // A bad replacement leaves the document as it was.
    const firstSource = await rows(page).first().locator('strong').textContent();
    await upload(page, `Replace ${firstSource} with a file`, [{ name: 'zero.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(64) }]);
    await corpusAlert(page).filter({ hasText: /“zero\.bin” cannot be used: binary file/ }).waitFor();
    assert.deepEqual(await rows(page).allTextContents(), before);
    // The last document cannot be removed.
    for (let n = 4; n >= 1; n--) {
      await rows(page).first().getByRole('button', { name: /^Remove / }).click();
      await title(page).filter({ hasText: new RegExp(`: ${n} documents?,`) }).waitFor();
    }
    await rows(page).first().getByRole('button', { name: /^Remove / }).click();
    await corpusAlert(page).filter({ hasText: /at least one document/ }).waitFor();
    assert.equal(await rows(page).count(), 1);
    await page.context().close();
  });

  it('keeps the previous corpus when the browser refuses to save (quota)', async () => {
    const page = await openPage(env);
    await openCorpus(page);
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = function refuse() {
        throw new DOMException('the quota is exceeded', 'QuotaExceededError');
      };
    });
    await page.getByLabel('Source name').fill('Too Much');
    await page.getByLabel('Document text').fill('Some text with 3 facts.');
    await page.getByRole('button', { name: 'Add document' }).click();
    await corpusAlert(page).filter({ hasText: /could not save it \(the quota is exceeded\)\. The corpus is unchanged\./ }).waitFor();
    assert.equal(await rows(page).count(), 5);
    assert.equal((await reportDocuments(page)).length, 5, 'checks still use the previous corpus');
    assert.equal(await page.getByLabel('Document text').inputValue(), 'Some text with 3 facts.', 'the pasted text is kept');
    await page.context().close();
  });

  it('loads the corpus named by the corpus attribute from its corpus.json manifest, with its dates', async () => {
    const page = await openPage(env);
    const documents = await page.evaluate(async (text) => {
      const element = document.createElement('cross-check');
      element.setAttribute('corpus', '/fixtures/tarnby/corpus.json');
      document.body.append(element);
      return (await element.check(text)).documents;
    }, TARNBY_DRAFT);
    assert.deepEqual(documents.map((d) => [d.id, d.source, d.language, d.date]), TARNBY_MANIFEST.documents.map((d) => [d.id, d.source, d.language, d.date]));
    await page.context().close();
  });

  it('a document’s date, edited in the panel, is the one the engine and the evidence use', async () => {
    const page = await openPage(env);
    await useCorpus(page, TARNBY_URL, TARNBY_MANIFEST.name);
    await openCorpus(page);
    await page.getByRole('button', { name: 'Edit Harbour Wire' }).click();
    await page.getByLabel('Date of Harbour Wire').fill('2024-05-17');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await corpusStatus(page).filter({ hasText: 'Saved Harbour Wire.' }).waitFor();
    assert.match(await rows(page).filter({ hasText: 'Harbour Wire' }).textContent(), /written 2024-05-17/);
    const documents = await page.locator('cross-check').evaluate(async (el, text) => (await el.check(text)).documents, TARNBY_DRAFT);
    assert.equal(documents.find((d) => d.id === 'wire').date, '2024-05-17');
    // A day that does not exist is refused, and nothing changes.
    await page.getByRole('button', { name: 'Edit Harbour Wire' }).click();
    await page.getByLabel('Date of Harbour Wire').evaluate((input) => { input.type = 'text'; input.value = '2024-02-30'; });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await corpusAlert(page).filter({ hasText: '“2024-02-30” is not a day of the form YYYY-MM-DD.' }).waitFor();
    await page.context().close();
  });
});
