// Browser benchmark driver: serves the repository over HTTP on localhost, opens
// bench/index.html in headless Chromium for the engine numbers (and MiniSearch as a peer),
// then www/index.html for what a reader sees: time until the page is interactive, and from
// pressing Check to the first verdict on screen.
//
//   node bench/run.mjs [--out FILE] [--no-large] [--runs N]
//
// Needs www/pkg (wasm-pack build) and bench/data (cargo run --release --example gen_corpus).
// Writes the results as JSON to FILE (default target/bench-browser.json).

import { chromium } from 'playwright-core';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const outFile = path.resolve(root, option('--out', 'target/bench-browser.json'));
const large = !args.includes('--no-large');
const runs = Number(option('--runs', '30'));
const STARTUP_LOADS = 5;
const PAGE_LOADS = 5;

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png',
};

function serve() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${url.pathname}`);
        return;
      }
      const headers = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      // Cross-origin isolation gives the benchmark page 5 µs timers instead of 100 µs.
      if (url.pathname.startsWith('/bench/')) {
        headers['cross-origin-opener-policy'] = 'same-origin';
        headers['cross-origin-embedder-policy'] = 'require-corp';
      }
      res.writeHead(200, headers).end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(sorted.length / 2) - 1];
}

async function newPage(browser, problems) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  return { context, page };
}

/** Loads the benchmark page and waits for the module to start, or fails with why not. */
async function openBench(browser, base, problems) {
  const { context, page } = await newPage(browser, problems);
  await page.goto(`${base}/bench/index.html`);
  try {
    await page.waitForFunction(() => window.benchReady || window.benchErrors?.length, null, { timeout: 30_000 });
  } catch {
    throw new Error(`the benchmark page did not start: ${problems.join('; ') || 'no error reported'}`);
  }
  const errors = await page.evaluate(() => window.benchErrors);
  if (errors.length) throw new Error(`the benchmark page failed: ${errors.join('; ')}`);
  return { context, page };
}

// Runs in www/index.html before its own scripts: notes when the page first has a text area
// and an enabled Check button, when Check is pressed, and when the first [data-verdict]
// element is inserted (shadow roots included), all as performance.now() since navigation.
function instrumentPage() {
  const marks = (window.__bench = { interactiveAt: null, clickAt: null, verdictAt: null, resultAt: null });
  const deepQueryAll = (root, selector, found = []) => {
    found.push(...root.querySelectorAll(selector));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) deepQueryAll(el.shadowRoot, selector, found);
    return found;
  };
  const observed = new WeakSet();
  const check = () => {
    const now = performance.now();
    if (marks.interactiveAt === null) {
      const buttons = deepQueryAll(document, 'button').filter((b) => /check/i.test(b.textContent) && !b.disabled);
      if (buttons.length && deepQueryAll(document, 'textarea').length) marks.interactiveAt = now;
    }
    if (marks.clickAt !== null && marks.verdictAt === null && deepQueryAll(document, '[data-verdict]').length) {
      marks.verdictAt = now;
    }
    for (const el of deepQueryAll(document, '*')) {
      if (el.shadowRoot && !observed.has(el.shadowRoot)) {
        observed.add(el.shadowRoot);
        new MutationObserver(check).observe(el.shadowRoot, { subtree: true, childList: true, attributes: true });
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  const poll = () => { check(); if (marks.verdictAt === null) requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
  window.addEventListener('click', () => { if (marks.clickAt === null) marks.clickAt = performance.now(); }, true);
  document.addEventListener('crosscheck:result', () => { marks.resultAt ??= performance.now(); }, true);
}

// Live checking: the writer types one character at the end of the article; measured in the
// page from that keystroke to the `crosscheck:result` event, which follows the marks' render.
// It includes the debounce (the page waits `LIVE_DELAY_MS` after the last keystroke).
const LIVE_KEYSTROKES = 15;

async function measureLive(page) {
  const samples = [];
  await page.locator('cross-check').evaluate((el) => { el.live = true; });
  const box = page.locator('cross-check textarea').first();
  await box.focus();
  await box.press('End');
  for (let i = 0; i < LIVE_KEYSTROKES; i++) {
    await page.evaluate(() => {
      const el = document.querySelector('cross-check');
      window.__live = { typedAt: null, shownAt: null };
      el.shadowRoot.getElementById('article').addEventListener('input', () => { window.__live.typedAt = performance.now(); }, { once: true });
      el.addEventListener('crosscheck:result', () => { window.__live.shownAt = performance.now(); }, { once: true });
    });
    await page.keyboard.type(i % 2 ? 'x' : ' ');
    await page.waitForFunction(() => window.__live.shownAt !== null, null, { timeout: 30_000 });
    samples.push(await page.evaluate(() => window.__live.shownAt - window.__live.typedAt));
  }
  return samples;
}

async function measurePage(browser, base, article, problems) {
  const samples = [];
  let live = [];
  for (let i = 0; i < PAGE_LOADS; i++) {
    const { context, page } = await newPage(browser, problems);
    await page.addInitScript(instrumentPage);
    await page.goto(`${base}/www/index.html`);
    await page.waitForFunction(() => window.__bench.interactiveAt !== null, null, { timeout: 30_000 });
    // Live checking off: this measures a press of Check, not a check started by the paste.
    await page.locator('cross-check').evaluate((el) => { el.live = false; });
    await page.locator('cross-check textarea').first().fill(article);
    await page.locator('cross-check button', { hasText: /check/i }).first().click();
    await page.waitForFunction(() => window.__bench.verdictAt !== null, null, { timeout: 60_000 });
    const marks = await page.evaluate(() => window.__bench);
    samples.push(marks);
    if (i === 0) {
      await page.screenshot({ path: path.join(root, 'target/bench-page.png'), fullPage: false });
      live = await measureLive(page);
    }
    await context.close();
  }
  return {
    loads: samples.length,
    interactiveMs: median(samples.map((s) => s.interactiveAt)),
    firstVerdictMs: median(samples.map((s) => s.verdictAt - s.clickAt)),
    resultEventMs: samples.every((s) => s.resultAt !== null) ? median(samples.map((s) => s.resultAt - s.clickAt)) : null,
    liveMs: live.length ? median(live) : null,
    liveP95Ms: live.length ? [...live].sort((a, b) => a - b)[Math.ceil(0.95 * live.length) - 1] : null,
    liveKeystrokes: live.length,
    samples,
  };
}

async function main() {
  for (const needed of ['www/pkg/crosscheck_bg.wasm', 'bench/data/article-1000.txt', ...(large ? ['bench/data/corpus-10000.json'] : [])]) {
    if (!fs.existsSync(path.join(root, needed))) throw new Error(`${needed} is missing: run scripts/bench.sh, which builds it`);
  }
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const problems = [];
  const result = { chromium: browser.version() };
  try {
    // Start-up: each load in a fresh context, so nothing is cached.
    const startups = [];
    for (let i = 0; i < STARTUP_LOADS; i++) {
      const { context, page } = await openBench(browser, base, problems);
      startups.push(await page.evaluate(() => window.startupMs));
      await context.close();
    }
    result.startupMs = median(startups);
    result.startupSamples = startups;
    console.log(`module start-up: median ${result.startupMs.toFixed(1)} ms over ${startups.length} fresh loads`);

    const { context, page } = await openBench(browser, base, problems);
    page.on('console', (m) => { if (m.type() === 'log') console.log(`  page: ${m.text()}`); });
    // runBench repeats this page's own start-up time; the median above is the one to keep.
    const { startupMs: _, ...measured } = await page.evaluate((o) => window.runBench(o), { large, runs });
    Object.assign(result, measured);
    await context.close();
    console.log(JSON.stringify(result, null, 1));

    const article = fs.readFileSync(path.join(root, 'bench/data/article-1000.txt'), 'utf8');
    if (fs.existsSync(path.join(root, 'www/index.html'))) {
      try {
        result.page = await measurePage(browser, base, article, problems);
        console.log(`www/index.html: interactive ${result.page.interactiveMs.toFixed(0)} ms, Check → first verdict ${result.page.firstVerdictMs.toFixed(0)} ms, live keystroke → marks ${result.page.liveMs?.toFixed(0)} ms (debounce included)`);
      } catch (e) {
        result.page = { error: `${e.message.split('\n')[0]}${problems.length ? ` (${problems.join('; ')})` : ''}` };
        console.error(`www/index.html could not be measured: ${result.page.error}`);
      }
    } else {
      result.page = { error: 'www/index.html does not exist yet' };
    }
  } finally {
    await browser.close();
    server.close();
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(result, null, 1));
  console.log(`wrote ${path.relative(root, outFile)}`);
}

main().catch((e) => {
  console.error(`bench/run.mjs: ${e.message}`);
  process.exit(1);
});
