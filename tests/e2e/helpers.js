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

/** Builds www/pkg with wasm-pack unless it is there already. */
export function ensureWasm() {
  if (existsSync(path.join(WWW, 'pkg/crosscheck_bg.wasm'))) return;
  const bin = path.join(ROOT, 'node_modules/.bin');
  const result = spawnSync('wasm-pack', ['build', '--release', '--target', 'web', '--out-dir', 'www/pkg', '--mode', 'no-install'], {
    cwd: ROOT,
    stdio: 'inherit',
    // Tuned for size, as every wasm build is (see Cargo.toml).
    env: { ...process.env, CARGO_PROFILE_RELEASE_OPT_LEVEL: 's', PATH: `${bin}${path.delimiter}${process.env.HOME}/.cargo/bin${path.delimiter}${process.env.PATH}` },
  });
  if (result.status !== 0) throw new Error('wasm-pack build failed; see its output above');
}

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
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

/** Types the article into the "Article" box, presses Check, waits for the highlighted result. */
export async function checkArticle(page, text) {
  await page.getByLabel('Article', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await waitForResult(page);
}

export async function waitForResult(page) {
  try {
    await page.getByRole('heading', { name: 'Results' }).waitFor({ timeout: 60_000 });
  } catch (error) {
    const alert = await page.locator('cross-check .error[role=alert]').first().textContent().catch(() => '');
    throw new Error(`no result; on screen: ${JSON.stringify(alert)}; ${page.problems.join('; ')}`, { cause: error });
  }
}

/** The rendered claims: [{verdict, facts, text}]. */
export function renderedClaims(page) {
  return page.locator('cross-check .claim').evaluateAll((elements) => elements.map((element) => ({
    verdict: element.dataset.verdict,
    facts: element.dataset.factVerdicts.split(' '),
    filteredOut: element.hasAttribute('data-filtered-out'),
    text: element.textContent,
  })));
}

export { startServer };
