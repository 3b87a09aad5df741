// Shared set-up for the browser tests: the wasm build, the server, Chromium, and helpers that
// act as a user would (type, click, read what is on screen).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer, WWW } from './server.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DRAFT = readFileSync(path.join(ROOT, 'tests/fixtures/draft-sample.txt'), 'utf8');
export const DOCS = path.join(ROOT, 'docs');

// The invented story of the e2e tests (tests/e2e/fixtures/): three dated reports of a ferry
// service's return, and a draft written the day after with planted errors (see README there).
export const FIXTURES = path.join(ROOT, 'tests/e2e/fixtures');
export const TARNBY = path.join(FIXTURES, 'tarnby');
export const TARNBY_DRAFT = readFileSync(path.join(FIXTURES, 'tarnby-draft.txt'), 'utf8');
export const TARNBY_WRITTEN = '2024-05-16';
export const TARNBY_MANIFEST = JSON.parse(readFileSync(path.join(TARNBY, 'corpus.json'), 'utf8'));
// Where the server mounts the fixtures, for the page's `corpus` attribute.
export const FIXTURE_MOUNTS = { '/fixtures/': `${FIXTURES}/` };
export const TARNBY_URL = '/fixtures/tarnby/corpus.json';

/** Builds www/pkg with wasm-pack unless it is there already. */
export function ensureWasm() {
  if (existsSync(path.join(WWW, 'pkg/crosscheck_bg.wasm'))) return;
  const bin = path.join(ROOT, 'node_modules/.bin');
  const result = spawnSync('wasm-pack', ['build', '--release', '--target', 'web', '--out-dir', 'www/pkg', '--mode', 'no-install'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Tuned for size, as every wasm build is (see Cargo.toml).
    env: { ...process.env, CARGO_PROFILE_RELEASE_OPT_LEVEL: 'z', PATH: `${bin}${path.delimiter}${process.env.HOME}/.cargo/bin${path.delimiter}${process.env.PATH}` },
  });
  if (result.status !== 0) throw new Error('wasm-pack build failed; see its output above');
}

let binary = null;

/**
 * The crosscheck CLI of this checkout (the debug build `cargo test` makes; built here if it
 * is missing or older than the source), for tests that compare the page with it.
 */
export function crosscheckBinary() {
  if (binary) return binary;
  const result = spawnSync('cargo', ['build', '--quiet', '--bin', 'crosscheck'], {
    cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PATH: `${process.env.HOME}/.cargo/bin${path.delimiter}${process.env.PATH}` },
  });
  if (result.status !== 0) throw new Error('cargo build --bin crosscheck failed; see its output above');
  const target = process.env.CARGO_TARGET_DIR ? path.resolve(ROOT, process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target');
  binary = path.join(target, 'debug', 'crosscheck');
  if (!existsSync(binary)) throw new Error(`${binary} is missing after cargo build`);
  return binary;
}

/** Runs `crosscheck check` on `article` (standard input); resolves to its stdout, or throws with its stderr. */
export function cliCheck(article, { corpus = null, date = null, format = 'json' } = {}) {
  const args = ['check', '--format', format, ...(corpus ? ['--corpus', corpus] : []), ...(date ? ['--date', date] : []), '-'];
  const result = spawnSync(crosscheckBinary(), args, { input: article, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`crosscheck ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return format === 'json' ? JSON.parse(result.stdout) : result.stdout;
}

/**
 * Routes for a stub of the newsroom's server (`crosscheck serve`): POST {article, date} to
 * `<base>/check`, get the report. It answers by running the real CLI on the fixture corpus, so
 * the page shows what the engine says, not a recording. `/api-partial/` adds the warning a
 * server gives when part of its archive was not searched; `/api-down/` fails as a server
 * does. `requests` lists what each received.
 */
export function newsroomRoutes() {
  const requests = [];
  const check = (extraWarning) => async (request, body) => {
    requests.push({ method: request.method, type: request.headers['content-type'], body });
    if (request.method !== 'POST') return { status: 405, body: JSON.stringify({ error: 'POST a JSON {article, date}' }) };
    let input;
    try {
      input = JSON.parse(body);
    } catch {
      return { status: 400, body: JSON.stringify({ error: 'the request is not JSON' }) };
    }
    try {
      if (input.format === 'text') return { status: 200, type: 'text/plain; charset=utf-8', body: cliCheck(String(input.article ?? ''), { corpus: TARNBY, date: input.date ?? null, format: 'text' }) };
      const report = cliCheck(String(input.article ?? ''), { corpus: TARNBY, date: input.date ?? null });
      if (extraWarning) report.warnings.push(extraWarning);
      return { status: 200, body: JSON.stringify(report) };
    } catch (error) {
      const message = /article .*?: (.*)$/m.exec(error.message)?.[1] ?? 'the check failed';
      return { status: 422, body: JSON.stringify({ error: message }) };
    }
  };
  return {
    requests,
    routes: {
      '/api/check': check(null),
      '/api-partial/check': check('part of the archive was not searched: the 2019 volumes are being re-indexed'),
      '/api-down/check': async (request, body) => {
        requests.push({ method: request.method, type: request.headers['content-type'], body });
        return { status: 503, body: JSON.stringify({ error: 'the archive is being re-indexed; try again in a few minutes' }) };
      },
    },
  };
}

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

/** Starts the server and Chromium; returns {server, browser, close}. */
export async function setUp(serverOptions = {}) {
  ensureWasm();
  const server = await startServer(serverOptions);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh page with its own storage. Page errors and failed requests are collected in
 * `page.problems`, because a module or wasm that fails to load otherwise shows only as a
 * timeout.
 */
export async function openPage(env, pathname = 'index.html', contextOptions = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  page.problems = [];
  page.dialogs = [];
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => page.problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  page.on('dialog', async (dialog) => {
    page.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(new URL(pathname, env.server.url).href);
  return page;
}

/**
 * Runs `action` (a click, a key press) and waits for the result of the check of the article
 * as it then is (the text box's text, or `article` when given, and the day written): a live
 * check of an earlier text that ends meanwhile does not count.
 */
export async function afterNextResult(page, action, { selector = 'cross-check', article = undefined } = {}) {
  const element = page.locator(selector).first();
  // An error already on screen is the last check's, not this one's.
  const before = await element.evaluate((el) => el.shadowRoot.querySelector('.actions + .error')?.textContent ?? '');
  await action();
  try {
    await page.waitForFunction(([el, given, old]) => {
      if (el.hasAttribute('aria-busy')) return false;
      const error = el.shadowRoot.querySelector('.actions + .error')?.textContent;
      if (error && error !== old) throw new Error(error);
      const text = given !== undefined ? given : el.hasAttribute('compact') ? null : el.shadowRoot.getElementById('article').value;
      const checked = el.checked;
      return checked && (text === null || checked.article === text) && checked.date === el.written;
    }, [await element.elementHandle(), article, before], { timeout: 60_000, polling: 50 });
  } catch (error) {
    throw new Error(`no result: ${error.message.split('\n')[0]}; ${page.problems?.join('; ')}`);
  }
  return element.evaluate((el) => el.report);
}

/**
 * Makes the page's widget use the corpus at `url` (its `corpus` attribute, as an embedding
 * page sets it) and waits until the page names it as the corpus in use.
 */
export async function useCorpus(page, url, name) {
  await page.locator('cross-check').first().evaluate((el, u) => el.setAttribute('corpus', u), url);
  await page.locator('cross-check .corpus-in-use').first().filter({ hasText: name }).waitFor();
}

/** Types the article into the "Article" box, sets the day written, presses Check; resolves to the report. */
export async function checkArticle(page, text, { written } = {}) {
  if (written !== undefined) await page.getByLabel('Written on').fill(written ?? '');
  await page.getByLabel('Article', { exact: true }).fill(text);
  return afterNextResult(page, () => page.getByRole('button', { name: 'Check', exact: true }).click());
}

/** Makes the invented story's corpus one of the reader's own (kept across reloads), from its folder. */
export async function importTarnby(page) {
  await page.locator('cross-check .corpus-in-use').filter({ hasText: /\d+ documents?/ }).waitFor();
  const panel = page.locator('cross-check details.corpus');
  if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary').click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Create from a folder…' }).click()]);
  await chooser.setFiles(TARNBY);
  await page.locator('cross-check .corpus-in-use').filter({ hasText: TARNBY_MANIFEST.name }).waitFor();
  await panel.locator('summary').click();
}

/** The invented story checked as a reader would: its corpus in use, its day written, its draft. */
export async function checkTarnby(page, { draft = TARNBY_DRAFT } = {}) {
  await useCorpus(page, TARNBY_URL, TARNBY_MANIFEST.name);
  return checkArticle(page, draft, { written: TARNBY_WRITTEN });
}

export async function waitForResult(page) {
  try {
    await page.getByRole('heading', { name: 'Results' }).waitFor({ timeout: 60_000 });
  } catch (error) {
    const alert = await page.locator('cross-check .error[role=alert]').first().textContent().catch(() => '');
    throw new Error(`no result; on screen: ${JSON.stringify(alert)}; ${page.problems.join('; ')}`, { cause: error });
  }
}

/** The sentences shown: [{rollup, text, marks: [verdict]}]. */
export function renderedClaims(page) {
  return page.locator('cross-check .claim').evaluateAll((elements) => elements.map((element) => ({
    rollup: element.dataset.rollup,
    text: element.textContent,
    marks: [...element.querySelectorAll('.mark[data-stop]')].map((m) => m.dataset.verdict),
    filteredOut: element.hasAttribute('data-filtered-out'),
  })));
}

/** The facts marked in the checked article, each at its first run: [{words, verdict, context, decision, rollup}]. */
export function renderedMarks(page) {
  return page.locator('cross-check .mark[data-stop]').evaluateAll((marks) => marks.map((mark) => {
    const runs = [...mark.closest('.claim').querySelectorAll(`.mark[data-fact="${mark.dataset.fact}"]`)];
    return {
      words: runs.map((r) => r.textContent).join('…'),
      verdict: mark.dataset.verdict,
      context: mark.hasAttribute('data-context'),
      decision: mark.dataset.decision ?? null,
      rollup: mark.closest('.claim').dataset.rollup,
      label: mark.getAttribute('aria-label'),
    };
  }));
}

/** The mark of the fact whose words are exactly `words` (its first run). */
export const markOf = (page, words) => page.locator('cross-check .mark[data-stop]').filter({ hasText: new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });

/** The article as the checked view shows it: its text, marks and all. */
export const shownText = (page) => page.locator('cross-check .article-view').evaluate((view) => view.textContent);

export { startServer };
