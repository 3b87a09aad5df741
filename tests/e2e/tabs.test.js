// Two tabs of the page editing the corpus at once: no edit is lost, both tabs end up listing
// the same documents, and both still check against them.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, openPage, DRAFT } from './helpers.js';

const rows = (page) => page.locator('cross-check .documents > li');
const title = (page) => page.locator('cross-check .corpus > summary');
const corpusStatus = (page) => page.locator('cross-check .corpus-body .corpus-status[role=status]');
const corpusAlert = (page) => page.locator('cross-check .corpus-body .error[role=alert]');

/** The source names the corpus panel lists, sorted. */
const listed = async (page) => (await rows(page).locator('.source').allTextContents()).sort();

async function openCorpus(page) {
  await title(page).filter({ hasText: /\d+ documents?/ }).waitFor();
  await title(page).click();
}

/**
 * A second tab in the same browser (same storage) as `page`, showing the same URL; a `deaf`
 * one has no BroadcastChannel, so it hears nothing from other tabs.
 */
async function openTab(page, { deaf = false } = {}) {
  const tab = await page.context().newPage();
  if (deaf) await tab.addInitScript(() => { delete globalThis.BroadcastChannel; });
  tab.problems = [];
  tab.on('pageerror', (error) => tab.problems.push(`page error: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') tab.problems.push(`console: ${message.text()}`);
  });
  await tab.goto(page.url());
  return tab;
}

/** Waits until the panel lists exactly `expected` (sorted source names); fails with what it lists. */
async function waitForList(page, expected, what) {
  const deadline = Date.now() + 15_000;
  let seen;
  while (Date.now() < deadline) {
    seen = await listed(page);
    if (JSON.stringify(seen) === JSON.stringify(expected)) return;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(seen, expected, `${what} lists every document the edits leave`);
}

/**
 * Holds the tab's next corpus indexing (the engine worker's `useCorpus` message) until the
 * returned function is called, so that the tab is caught in the middle of an edit: after it
 * read the saved corpus, before it saves its own.
 */
async function holdNextBuild(page) {
  await page.evaluate(() => {
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function hold(message, ...rest) {
      if (message?.op !== 'useCorpus') return post.call(this, message, ...rest);
      Worker.prototype.postMessage = post;
      globalThis.releaseBuild = () => post.call(this, message, ...rest);
      return undefined;
    };
  });
  return () => page.evaluate(() => {
    globalThis.releaseBuild();
    delete globalThis.releaseBuild;
  });
}

async function upload(page, buttonName, files) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: buttonName }).click()]);
  await chooser.setFiles(files);
}

const checkedSources = (page) => page.locator('cross-check').evaluate(async (el, text) => (await el.check(text)).documents.map((d) => d.source).sort(), DRAFT);

describe('two tabs editing the corpus', () => {
  let env;
  before(async () => { env = await setUp(); });
  after(() => env.close());

  it('keeps every edit made in either tab, and both tabs show and check the same corpus', async () => {
    const a = await openPage(env);
    const b = await openTab(a);
    await openCorpus(a);
    await openCorpus(b);
    const defaults = await listed(a);
    assert.equal(defaults.length, 5);
    assert.deepEqual(await listed(b), defaults);
    const [removed, renamed] = await rows(a).locator('.source').allTextContents();

    // B starts uploading a document; while B is in the middle of that edit (it has read the
    // saved corpus and is indexing it with its file), A adds a pasted one and saves first.
    const releaseB = await holdNextBuild(b);
    await upload(b, 'Upload documents…', [{ name: 'field-report.txt', mimeType: 'text/plain', buffer: Buffer.from('Twelve people were hurt in the fire on Tuesday.') }]);
    await b.waitForFunction(() => typeof globalThis.releaseBuild === 'function');
    await a.getByLabel('Source name').fill('Wire Notes');
    await a.getByLabel('Document text').fill('The council approved a budget of 40 million euros on Monday.');
    await a.getByRole('button', { name: 'Add document' }).click();
    await corpusStatus(a).filter({ hasText: 'Added Wire Notes.' }).waitFor();
    await releaseB();
    await corpusStatus(b).filter({ hasText: 'Added field-report.txt.' }).waitFor();
    const afterAdds = [...defaults, 'Wire Notes', 'field-report.txt'].sort();
    await waitForList(b, afterAdds, 'tab B');
    // A hears of B's edit and shows it without a reload.
    await waitForList(a, afterAdds, 'tab A');
    assert.equal(await corpusStatus(a).textContent(), 'The corpus was changed in another tab.');

    // Then the other way round: A renames a default document and, in the middle of that, B
    // removes another one.
    const releaseA = await holdNextBuild(a);
    await a.getByRole('button', { name: `Edit ${renamed}`, exact: true }).click();
    await a.getByLabel(`Source of ${renamed}`, { exact: true }).fill('Renamed Source');
    await a.getByLabel(`Source of ${renamed}`, { exact: true }).press('Enter');
    await a.waitForFunction(() => typeof globalThis.releaseBuild === 'function');
    await b.getByRole('button', { name: `Remove ${removed}`, exact: true }).click();
    await corpusStatus(b).filter({ hasText: `Removed ${removed}.` }).waitFor();
    await releaseA();
    await corpusStatus(a).filter({ hasText: `Renamed ${renamed} to Renamed Source.` }).waitFor();

    const expected = [...defaults.filter((s) => s !== removed && s !== renamed), 'Wire Notes', 'field-report.txt', 'Renamed Source'].sort();
    for (const [tab, name] of [[a, 'tab A'], [b, 'tab B']]) {
      await waitForList(tab, expected, name);
      assert.match(await title(tab).textContent(), /6 documents.*\(edited\)/);
      assert.equal(await corpusAlert(tab).textContent(), '', `${name} shows no error`);
    }

    // The stored corpus is the same complete one: both tabs list it after a reload...
    for (const [tab, name] of [[a, 'tab A'], [b, 'tab B']]) {
      await tab.reload();
      await openCorpus(tab);
      assert.deepEqual(await listed(tab), expected, `${name} after a reload`);
    }
    // ...and both check against it.
    assert.deepEqual(await checkedSources(a), expected);
    assert.deepEqual(await checkedSources(b), expected);
    for (const tab of [a, b]) {
      await tab.getByRole('button', { name: 'Check', exact: true }).click();
      await tab.getByRole('heading', { name: 'Results' }).waitFor({ timeout: 60_000 });
      assert.ok((await tab.locator('cross-check .claim').count()) > 0);
    }

    // A reset in one tab shows in the other without a reload.
    await a.getByRole('button', { name: 'Reset to its default documents' }).click();
    await corpusStatus(a).filter({ hasText: 'back to its default' }).waitFor();
    await waitForList(b, defaults, 'tab B after the reset in tab A');
    await corpusStatus(b).filter({ hasText: /changed in another tab/ }).waitFor();
    assert.doesNotMatch(await title(b).textContent(), /edited/);
    assert.deepEqual(await checkedSources(b), defaults);
    assert.deepEqual(a.problems, []);
    assert.deepEqual(b.problems, []);
    await a.context().close();
  });

  it('a tab that hears of no change still edits the latest saved corpus, and is told when its document is gone', async () => {
    const a = await openPage(env);
    // Tab B gets no word of A's edits (as in a browser without BroadcastChannel): only the
    // saved corpus can tell it what A did.
    const b = await openTab(a, { deaf: true });
    await openCorpus(a);
    await openCorpus(b);
    const defaults = await listed(a);

    await a.getByLabel('Source name').fill('Wire Notes');
    await a.getByLabel('Document text').fill('The council approved a budget of 40 million euros on Monday.');
    await a.getByRole('button', { name: 'Add document' }).click();
    await corpusStatus(a).filter({ hasText: 'Added Wire Notes.' }).waitFor();
    assert.deepEqual(await listed(b), defaults, 'B still shows the corpus it loaded');

    await upload(b, 'Upload documents…', [{ name: 'field-report.txt', mimeType: 'text/plain', buffer: Buffer.from('Twelve people were hurt.') }]);
    await corpusStatus(b).filter({ hasText: 'Added field-report.txt.' }).waitFor();
    const both = [...defaults, 'Wire Notes', 'field-report.txt'].sort();
    assert.deepEqual(await listed(b), both, "B's upload went on top of A's paste");
    await a.reload();
    await openCorpus(a);
    assert.deepEqual(await listed(a), both);

    // A removes the pasted document; B, still listing it, tries to rename it.
    await a.getByRole('button', { name: 'Remove Wire Notes' }).click();
    await corpusStatus(a).filter({ hasText: 'Removed Wire Notes.' }).waitFor();
    await b.getByRole('button', { name: 'Edit Wire Notes' }).click();
    await b.getByLabel('Source of Wire Notes').fill('Desk Notes');
    await b.getByLabel('Source of Wire Notes').press('Enter');
    await corpusAlert(b).filter({ hasText: /Wire Notes is no longer in the corpus/ }).waitFor();
    const left = [...defaults, 'field-report.txt'].sort();
    await waitForList(b, left, 'tab B');
    assert.deepEqual(await checkedSources(b), left);
    await b.reload();
    await openCorpus(b);
    assert.deepEqual(await listed(b), left);
    assert.deepEqual(a.problems, []);
    assert.deepEqual(b.problems, []);
    await a.context().close();
  });
});
