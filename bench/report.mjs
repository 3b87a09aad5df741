// Writes docs/performance.md (to stdout) from the numbers scripts/bench.sh collected:
// criterion's target/criterion/*/new/{estimates,sample}.json, target/bench-engine.json
// (memory, sizes), target/bench-browser.json (bench/run.mjs) and target/bench-wasm-gzip-bytes.
// A missing input makes its rows say "not measured" rather than failing the report.

import fs from 'node:fs';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// bench.sh and the bench binary write their files to target/; criterion writes under cargo's
// target directory, which CARGO_TARGET_DIR may move.
const target = path.join(root, 'target');
const cargoTarget = process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : target;

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function shell(command) {
  try {
    return execSync(command, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

/** Criterion's median (ms) and the p95 of its per-sample means (ms) for one benchmark id. */
function criterion(id) {
  const dir = path.join(cargoTarget, 'criterion', id, 'new');
  const estimates = readJson(path.join(dir, 'estimates.json'));
  if (!estimates) return null;
  const sample = readJson(path.join(dir, 'sample.json'));
  let p95 = null;
  if (sample) {
    const perIter = sample.times.map((t, i) => t / sample.iters[i]).sort((a, b) => a - b);
    p95 = perIter[Math.min(perIter.length - 1, Math.ceil(0.95 * perIter.length) - 1)] / 1e6;
  }
  return { median: estimates.median.point_estimate / 1e6, p95 };
}

const ms = (v) => (v == null ? '–' : v < 1 ? `${v.toFixed(3)} ms` : v < 10 ? `${v.toFixed(2)} ms` : v < 1000 ? `${v.toFixed(1)} ms` : `${(v / 1000).toFixed(2)} s`);
const mb = (bytes) => (bytes == null ? '–' : bytes < 1e6 ? `${(bytes / 1e3).toFixed(0)} KB` : `${(bytes / 1e6).toFixed(1)} MB`);
const times = (v) => (v == null || !Number.isFinite(v) ? '–' : `${v < 10 ? v.toFixed(2) : v.toFixed(0)}×`);

const engine = readJson(path.join(target, 'bench-engine.json'));
const browser = readJson(path.join(target, 'bench-browser.json'));
const gzipText = fs.existsSync(path.join(target, 'bench-wasm-gzip-bytes')) ? fs.readFileSync(path.join(target, 'bench-wasm-gzip-bytes'), 'utf8').trim() : '';
const wasmGzip = gzipText ? Number(gzipText) : null;

const nativeCheckDefault = criterion('check-1000-words/default');
const nativeCheckLarge = criterion('check-1000-words/synthetic-10000');
const nativeBuildDefault = criterion('build/default');
const nativeBuild1000 = criterion('build/synthetic-1000');
const throughput = nativeBuild1000 && engine ? engine.synthetic_1000_text_bytes / 1e6 / (nativeBuild1000.median / 1000) : null;

// One budget row; `ratio` is measured ÷ budget (or ours ÷ MiniSearch), and `met` is null
// when the number is missing.
const rows = [];
function budget(name, limit, measured, p95, ratio, met) {
  const verdict = met == null ? 'not measured' : met ? '**met**' : '**not met**';
  rows.push(`| ${name} | ${limit} | ${measured} | ${p95 ?? '–'} | ${times(ratio)} | ${verdict} |`);
}
const at = (value, test) => (value == null || !Number.isFinite(value) ? null : test(value));

budget('Check 1,000 words vs default corpus, native', '≤ 2 ms', ms(nativeCheckDefault?.median), ms(nativeCheckDefault?.p95),
  nativeCheckDefault && nativeCheckDefault.median / 2, at(nativeCheckDefault?.median, (v) => v <= 2));
const wasmRatio = browser?.defaultCheck && nativeCheckDefault ? browser.defaultCheck.median / nativeCheckDefault.median : null;
budget('Check 1,000 words vs default corpus, Chromium', '≤ 2× native', ms(browser?.defaultCheck?.median), ms(browser?.defaultCheck?.p95),
  wasmRatio && wasmRatio / 2, at(wasmRatio, (v) => v <= 2));
budget('Check 1,000 words vs 10,000 articles, native', '≤ 50 ms', ms(nativeCheckLarge?.median), ms(nativeCheckLarge?.p95),
  nativeCheckLarge && nativeCheckLarge.median / 50, at(nativeCheckLarge?.median, (v) => v <= 50));
budget('Index build throughput, native (1,000 articles)', '≥ 20 MB/s', throughput == null ? '–' : `${throughput.toFixed(1)} MB/s`, null,
  throughput && throughput / 20, at(throughput, (v) => v >= 20));
budget('Index build throughput, native (10,000 articles, one build)', '≥ 20 MB/s', engine ? `${engine.build_mb_per_s.toFixed(1)} MB/s` : '–', null,
  engine && engine.build_mb_per_s / 20, at(engine?.build_mb_per_s, (v) => v >= 20));
const memoryRatio = engine ? engine.index_bytes / engine.text_bytes : null;
budget('Index memory, 10,000 articles (live heap after build − before)', '≤ 3× text', engine ? `${mb(engine.index_bytes)} for ${mb(engine.text_bytes)} of text (${times(memoryRatio)})` : '–', null,
  memoryRatio && memoryRatio / 3, at(memoryRatio, (v) => v <= 3));
const buildVsMini = browser?.largeBuild && browser?.miniBuild ? browser.largeBuild.median / browser.miniBuild.median : null;
budget('Indexing 10,000 articles, ours ÷ MiniSearch (Chromium)', 'faster (< 1×)', browser?.largeBuild ? `${ms(browser.largeBuild.median)} vs ${ms(browser.miniBuild?.median)}` : '–', null,
  buildVsMini, at(buildVsMini, (v) => v < 1));
const checkVsMini = browser?.largeCheck && browser?.miniSearch ? browser.largeCheck.median / browser.miniSearch.median : null;
budget('Whole check ÷ MiniSearch top-10 per sentence, 10,000 articles (Chromium)', 'faster (< 1×)', browser?.largeCheck ? `${ms(browser.largeCheck.median)} vs ${ms(browser.miniSearch?.median)}` : '–',
  browser?.largeCheck ? `${ms(browser.largeCheck.p95)} vs ${ms(browser.miniSearch?.p95)}` : null, checkVsMini, at(checkVsMini, (v) => v < 1));
budget('wasm size, gzip -9', '≤ 250 KB', wasmGzip == null ? '–' : `${(wasmGzip / 1024).toFixed(1)} KB`, null,
  wasmGzip && wasmGzip / (250 * 1024), at(wasmGzip, (v) => v <= 250 * 1024));
const interactive = browser?.page?.interactiveMs;
budget('www/index.html interactive, localhost', '≤ 300 ms', ms(interactive), null, interactive && interactive / 300, at(interactive, (v) => v <= 300));

const other = [];
const line = (name, median, p95 = null, note = '') => other.push(`| ${name} | ${median} | ${p95 ?? '–'} | ${note} |`);
line('Index build, default corpus, native', ms(nativeBuildDefault?.median), ms(nativeBuildDefault?.p95), engine ? mb(engine.default_text_bytes) + ' of text' : '');
line('Index build, 1,000 articles, native', ms(nativeBuild1000?.median), ms(nativeBuild1000?.p95), engine ? mb(engine.synthetic_1000_text_bytes) + ' of text' : '');
line('Index build, 10,000 articles, native (one build)', engine ? ms(engine.build_seconds * 1000) : '–', null,
  engine ? `${engine.words.toLocaleString('en')} words; peak heap during build ${mb(engine.build_peak_bytes)} above the text` : '');
line('Module start-up (fetch, compile, instantiate)', ms(browser?.startupMs), null, browser ? `median of ${browser.startupSamples.length} fresh loads` : '');
line('Index build, default corpus, Chromium', ms(browser?.defaultBuild?.median), ms(browser?.defaultBuild?.p95));
line('Index build, 10,000 articles, Chromium', ms(browser?.largeBuild?.median), null,
  browser?.largeBuild ? `${browser.largeBuild.runs} build(s); wasm memory ${mb(browser.wasmMemoryBytes)} after` : browser?.largeError ?? '');
line('Check 1,000 words vs 10,000 articles, Chromium', ms(browser?.largeCheck?.median), ms(browser?.largeCheck?.p95),
  browser?.largeCheck && nativeCheckLarge ? `${times(browser.largeCheck.median / nativeCheckLarge.median)} native; ${browser.largeCheck.runs} runs` : '');
line('MiniSearch index of the same 10,000 articles', ms(browser?.miniBuild?.median), null,
  browser?.miniSentences ? `${browser.miniSentences.toLocaleString('en')} sentences` : browser?.miniError ?? '');
line('MiniSearch top-10 for every sentence of the article', ms(browser?.miniSearch?.median), ms(browser?.miniSearch?.p95), browser?.queries ? `${browser.queries} queries` : '');
line('www/index.html: Check pressed → first verdict in the DOM', ms(browser?.page?.firstVerdictMs), null,
  browser?.page?.error ?? (browser?.page ? `median of ${browser.page.loads} loads; default corpus` : ''));
line('www/index.html, live checking: keystroke → marks updated', ms(browser?.page?.liveMs), ms(browser?.page?.liveP95Ms),
  browser?.page?.liveKeystrokes ? `${browser.page.liveKeystrokes} keystrokes, 1,000-word article; includes the 100 ms pause the page waits for after the last keystroke` : '');

const cpu = (shell("grep -m1 'model name' /proc/cpuinfo").split(':')[1] ?? 'unknown').trim();
const out = `# Performance

Generated by \`scripts/bench.sh\` (\`make bench\`) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; do not edit by hand.
Machine: ${shell('nproc')} cores, ${cpu}; ${shell('rustc -V')}; Chromium ${browser?.chromium ?? shell('chromium --version')}; node ${process.version};
1-minute load average when the run began: ${shell('cat target/bench-loadavg')} (other work on the machine slows every number).

## Budgets

Native times are criterion medians (p95 is of criterion's per-sample means); browser times are
medians and p95 over at least 30 runs in headless Chromium (fewer for 10,000 articles when one
run takes seconds). "Ratio" is measured ÷ budget, or ours ÷ MiniSearch.

| Measure | Budget | Measured (median) | p95 | Ratio | Met? |
|---|---|---|---|---|---|
${rows.join('\n')}

## Other measurements

| Measure | Median | p95 | Note |
|---|---|---|---|
${other.join('\n')}

## Method

- **Corpora.** The default corpus is the five embedded articles. The large corpora are invented
  news (\`src/synthetic.rs\`, seed 1): 1,000 and 10,000 articles of about 600 words, grouped
  into stories of about 20 reports that retell shared facts, with names built from syllables.
- **Article.** \`synthetic::article(1000, 0)\`: 1,000 words on story 0, so against the
  10,000 articles it meets about 20 reports of the same story and the rest as noise; against
  the default corpus it shares little, so that check exercises retrieval more than comparison.
- **Native** (\`benches/engine.rs\`): \`Corpus::new\` for builds; \`Corpus::check\` on a corpus
  built once outside the timing. Memory is the live heap measured by a counting global
  allocator across one 10,000-article build (the documents, already allocated, are excluded).
  Built with the release profile (opt-level 3, LTO) but \`panic = "unwind"\` (see bench.sh);
  the wasm module is built with opt-level "z" for size.
- **What the index keeps.** The default corpus (22 KB) is analysed whole at build and kept.
  A corpus over 2 MB (\`KEEP_ANALYSED_MAX_BYTES\`; both generated corpora) keeps only its
  index (postings with precomputed BM25 weights, a sentence table, the vocabulary), and each
  check analyses afresh the sentences its searches return: nothing is cached from one timed
  check to the next, so every check here is a cold one.
- **Chromium** (\`bench/index.html\`, \`bench/run.mjs\`): the wasm-pack release build.
  \`Checker.fromDocuments\` times include handing the documents over from JavaScript;
  \`check\` times include turning the report into JavaScript objects.
- **MiniSearch peer.** MiniSearch ${readJson(path.join(root, 'bench/node_modules/minisearch/package.json'))?.version ?? ''} indexes every sentence of the same 10,000
  articles (splitting included in its time), leaving out English function words through its
  \`processTerm\` option as our index leaves them out; the query set is every sentence of the
  article, top 10 each (MiniSearch scores every matching sentence, then we keep 10). The wasm module exposes no retrieval-only call, so "ours" is the **whole check**
  (extraction, retrieval, comparison, report) against MiniSearch's **retrieval alone**: the
  comparison is biased against us.
- **Page.** \`www/index.html\` in a fresh context: "interactive" is the time from navigation
  until a text area and an enabled Check button exist; "first verdict" is from the click on
  Check (live checking off) to the first \`[data-verdict]\` element inserted into the DOM;
  "live checking" is from a keystroke in the article to the \`crosscheck:result\` event that
  follows the redrawn marks, the debounce included.
`;
process.stdout.write(out);
