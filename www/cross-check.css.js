// The widget's styles, adopted into its shadow root (a constructed sheet, so a page whose CSP
// forbids inline styles can still embed it). Every colour is a custom property the host page
// may override: cross-check { --cc-conflict: #a00; }
export const styles = `
:host {
  --cc-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --cc-text-font: Georgia, "Times New Roman", serif;
  --cc-bg: #ffffff;
  --cc-surface: #f6f8fa;
  --cc-fg: #1f2328;
  --cc-muted: #59636e;
  --cc-border: #d1d9e0;
  --cc-accent: #0550ae;
  --cc-accent-fg: #ffffff;
  --cc-focus: #0969da;
  --cc-radius: 6px;
  --cc-agree: #116329;
  --cc-conflict: #b3261e;
  --cc-disputed: #7d4e00;
  --cc-unconfirmed: #6639ba;
  --cc-not-found: #59636e;
  --cc-mark: #fff1a8;
  --cc-tint: 11%;
  display: block;
  container-type: inline-size;
  font-family: var(--cc-font);
  color: var(--cc-fg);
  /* Solid, so the text stays legible when the reader's colour scheme differs from the page's;
     a host page sets --cc-bg (and friends) to blend in. */
  background: var(--cc-bg);
  line-height: 1.5;
}
@media (prefers-color-scheme: dark) {
  :host {
    --cc-bg: #0d1117;
    --cc-surface: #161b22;
    --cc-fg: #e6edf3;
    --cc-muted: #9198a1;
    --cc-border: #3d444d;
    --cc-accent: #4493f8;
    --cc-accent-fg: #0d1117;
    --cc-focus: #6cb6ff;
    --cc-agree: #56d364;
    --cc-conflict: #ff8e87;
    --cc-disputed: #e3b341;
    --cc-unconfirmed: #c297ff;
    --cc-not-found: #9198a1;
    --cc-mark: #5c4b00;
    --cc-tint: 16%;
  }
}
:host([hidden]) { display: none; }
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
h2, h3, h4 { margin: 0; line-height: 1.25; }
h2 { font-size: 1.1rem; }
h3 { font-size: 1rem; }
h4 { font-size: 0.95rem; }
p { margin: 0.4rem 0; }
:focus-visible { outline: 3px solid var(--cc-focus); outline-offset: 2px; }

button, .button {
  font: inherit; font-size: 0.95rem;
  min-height: 2.25rem; padding: 0.3rem 0.8rem;
  border: 1px solid var(--cc-border); border-radius: var(--cc-radius);
  background: var(--cc-surface); color: var(--cc-fg); cursor: pointer;
}
button:hover { border-color: var(--cc-muted); }
button:disabled { opacity: 0.6; cursor: not-allowed; }
button.primary { background: var(--cc-accent); border-color: var(--cc-accent); color: var(--cc-accent-fg); font-weight: 600; }
button.danger { border-color: var(--cc-conflict); color: var(--cc-conflict); font-weight: 600; }
input, textarea, select {
  font: inherit; color: var(--cc-fg); background: var(--cc-bg);
  border: 1px solid var(--cc-border); border-radius: var(--cc-radius); padding: 0.4rem 0.5rem;
  width: 100%;
}
input[type="checkbox"] { width: auto; }
label { font-weight: 600; display: block; margin-bottom: 0.25rem; }
.hint { color: var(--cc-muted); font-size: 0.85rem; }

.input textarea { min-height: 9rem; resize: vertical; font-family: var(--cc-text-font); font-size: 1rem; }
.article-options { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; align-items: end; margin-top: 0.5rem; }
.written { display: grid; grid-template-columns: auto; gap: 0.15rem; max-width: 32rem; }
.written label { margin: 0; }
.written input { width: 11rem; }
.live { display: flex; align-items: center; gap: 0.4rem; }
.live label { margin: 0; }
.live input { width: 2.2rem; height: 1.2rem; accent-color: var(--cc-accent); }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; margin-top: 0.5rem; }
.actions progress { width: 8rem; }
.status { color: var(--cc-muted); font-size: 0.9rem; }
.error:not(:empty) {
  margin-top: 0.5rem; padding: 0.5rem 0.75rem; border-radius: var(--cc-radius);
  border: 1px solid var(--cc-conflict); border-left-width: 6px; color: var(--cc-fg); background: var(--cc-surface);
}
.server-notice {
  margin-top: 0.5rem; padding: 0.5rem 0.75rem; border-radius: var(--cc-radius);
  border: 1px solid var(--cc-accent); border-left-width: 6px; background: var(--cc-surface);
}
.corpus-in-use { color: var(--cc-muted); font-size: 0.9rem; margin: 0.6rem 0 0; }

.results { margin-top: 0.75rem; }
.results-head { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; justify-content: space-between; }
.counts { font-weight: 600; }
.open-flags { color: var(--cc-muted); font-size: 0.9rem; margin-top: 0; }
.open-flags:empty { display: none; }
.summary { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.5rem 0; }
.summary button { display: inline-flex; align-items: center; gap: 0.35rem; }
.summary button[aria-pressed="true"] { background: var(--cc-fg); color: var(--cc-bg); border-color: var(--cc-fg); }
.summary button[aria-pressed="true"] .icon { color: inherit; }
.summary .count { font-weight: 700; }
.export { display: flex; flex-wrap: wrap; gap: 0.4rem; }
.notes { font-size: 0.9rem; margin: 0.25rem 0; padding-left: 1.2rem; }
.notes:empty { display: none; }
.notes .warning { color: var(--cc-fg); }
.stale-note:not(:empty) {
  padding: 0.4rem 0.75rem; border-radius: var(--cc-radius); border: 1px dashed var(--cc-muted);
  background: var(--cc-surface); font-size: 0.9rem;
}

.icon { font-weight: 700; font-family: var(--cc-font); }
[data-verdict="agree"], [data-rollup="agree"] { --v: var(--cc-agree); --line: solid; --sym: ""; }
[data-verdict="conflict"], [data-rollup="conflict"] { --v: var(--cc-conflict); --line: wavy; --sym: "✗"; }
[data-verdict="disputed"], [data-rollup="disputed"] { --v: var(--cc-disputed); --line: dashed; --sym: "⇄"; }
[data-rollup="unconfirmed"] { --v: var(--cc-unconfirmed); }
[data-verdict="not_found"], [data-rollup="not_found"] { --v: var(--cc-not-found); --line: dotted; --sym: "?"; }
[data-verdict] .icon, [data-rollup] .icon { color: var(--v); }

.layout { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 26rem); gap: 1rem; align-items: start; margin-top: 0.75rem; }
.layout.no-panel { grid-template-columns: minmax(0, 1fr); }
.article-wrap { position: relative; min-width: 0; }
.article-view {
  font-family: var(--cc-text-font); font-size: 1.05rem; line-height: 1.9;
  white-space: pre-wrap; overflow-wrap: anywhere;
  padding: 0.75rem 1rem; border: 1px solid var(--cc-border); border-radius: var(--cc-radius);
  max-height: 75vh; overflow: auto;
}
/* Stale: the marks are greyed (the text keeps its contrast) until the next check. */
.article-view[data-stale] { border-style: dashed; border-color: var(--cc-muted); }
.article-view[data-stale] .claim { background: none; }
.article-view[data-stale] .mark { text-decoration-color: var(--cc-muted); }
.article-view[data-stale] .mark::after { color: var(--cc-muted); }
/* The sentence: tinted by its roll-up. */
.claim {
  cursor: pointer; border-radius: 3px; padding: 0.12em 0;
  background: color-mix(in srgb, var(--v) var(--cc-tint), transparent);
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
.claim[data-rollup="agree"] { background: color-mix(in srgb, var(--v) calc(var(--cc-tint) / 2), transparent); }
.claim[data-open] { outline: 2px solid var(--v); outline-offset: 1px; }
/* The fact: its own words underlined in its verdict's colour and line, its symbol after them. */
.mark {
  text-decoration-line: underline; text-decoration-style: var(--line);
  text-decoration-color: var(--v); text-decoration-thickness: 2px; text-underline-offset: 0.28em;
  text-decoration-skip-ink: none;
}
.mark[data-verdict="agree"] { text-decoration-thickness: 1px; }
.mark[data-verdict="conflict"] { font-weight: 600; }
.mark[data-last]::after {
  content: var(--sym) / ""; color: var(--v); font-family: var(--cc-font); font-weight: 700;
  font-size: 0.7em; vertical-align: super; line-height: 0; margin-left: 0.08em;
}
/* Context: a thin, faint line of its verdict's colour (dotted is not found's alone). */
.mark[data-context] { text-decoration-style: solid; text-decoration-thickness: 1px; text-decoration-color: color-mix(in srgb, var(--v) 50%, transparent); font-weight: inherit; }
.mark[data-context]::after { content: none; }
.mark[data-decision="dismissed"] { --v: var(--cc-muted); --line: solid; --sym: "–"; font-weight: inherit; text-decoration-thickness: 1px; }
.mark[data-decision="checked"] { --sym: "☑"; }
.mark:hover { background: color-mix(in srgb, var(--v) 20%, transparent); }
.mark[data-stop]:focus-visible { outline: 3px solid var(--cc-focus); outline-offset: 2px; border-radius: 2px; }
.claim[data-filtered-out] { background: none; cursor: auto; }
.claim[data-filtered-out] .mark { text-decoration: none; font-weight: inherit; background: none; }
.claim[data-filtered-out] .mark::after { content: none; }
.tooltip {
  position: absolute; z-index: 2; max-width: min(32rem, 100%);
  padding: 0.4rem 0.6rem; border-radius: var(--cc-radius); border: 1px solid var(--cc-border);
  background: var(--cc-bg); color: var(--cc-fg); box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
  font: 0.88rem/1.4 var(--cc-font); pointer-events: none;
}
.tip-verdict { font-weight: 700; color: var(--v); }

.evidence {
  position: sticky; top: 0.5rem; max-height: calc(100vh - 1rem); overflow: auto;
  padding: 0.75rem 1rem; border: 1px solid var(--cc-border); border-radius: var(--cc-radius); background: var(--cc-surface);
}
.evidence:focus { outline: none; }
.evidence:focus-visible { outline: 3px solid var(--cc-focus); }
.panel-head { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; }
.panel-head button { min-width: 2.25rem; padding: 0.2rem 0.5rem; }
.claim-quote { font-family: var(--cc-text-font); margin: 0.5rem 0; padding-left: 0.6rem; border-left: 3px solid var(--cc-border); }
.fact { border-top: 1px solid var(--cc-border); padding-top: 0.6rem; margin-top: 0.6rem; }
.fact[data-current] { border-top: 3px solid var(--v); }
.fact:focus { outline: none; }
.fact:focus-visible { outline: 3px solid var(--cc-focus); outline-offset: 2px; }
.fact h4 { display: flex; gap: 0.4rem; flex-wrap: wrap; align-items: baseline; }
.verdict-badge { color: var(--v); font-weight: 700; white-space: nowrap; }
.kind { color: var(--cc-muted); font-weight: 400; font-size: 0.85rem; }
.reason { font-size: 0.9rem; }
.rule { color: var(--cc-muted); font-size: 0.8rem; }
.decision { display: flex; flex-wrap: wrap; gap: 0.35rem; align-items: center; margin: 0.35rem 0; }
.decision .note { flex: 1 1 100%; width: auto; min-height: 2rem; padding: 0.2rem 0.4rem; font-size: 0.9rem; }
.decision button { min-height: 2rem; padding: 0.15rem 0.6rem; font-size: 0.85rem; }
.decision[data-decision] p { margin: 0; flex: 1 1 12rem; font-size: 0.9rem; }
.also-agrees { margin-top: 0.6rem; border-top: 1px solid var(--cc-border); padding-top: 0.5rem; }
.also-agrees > summary { cursor: pointer; color: var(--cc-muted); font-size: 0.9rem; }
.evidence-list { list-style: none; margin: 0.4rem 0 0; padding: 0; display: grid; gap: 0.6rem; }
.evidence-item { background: var(--cc-bg); border: 1px solid var(--cc-border); border-left: 4px solid var(--rel); border-radius: var(--cc-radius); padding: 0.5rem 0.6rem; }
.evidence-item[data-relation="supports"] { --rel: var(--cc-agree); }
.evidence-item[data-relation="contradicts"] { --rel: var(--cc-conflict); }
.evidence-source { display: flex; flex-wrap: wrap; gap: 0.2rem 0.6rem; align-items: baseline; }
.source-name { font-weight: 700; }
.source-date, .relation { font-size: 0.85rem; color: var(--cc-muted); }
.evidence-item blockquote { margin: 0.3rem 0 0; font-family: var(--cc-text-font); font-size: 0.95rem; }
mark { background: var(--cc-mark); color: var(--cc-fg); padding: 0 0.1em; border-radius: 2px; font-weight: 600; }
.values { display: grid; grid-template-columns: 1fr 1fr; gap: 0.4rem; margin: 0.3rem 0 0; font-size: 0.9rem; }
.values div { border: 1px solid var(--cc-border); border-radius: var(--cc-radius); padding: 0.25rem 0.4rem; }
.values dt { color: var(--cc-muted); font-size: 0.8rem; }
.values dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
@container (max-width: 44rem) {
  /* One column: the page scrolls, not boxes inside it (nested scrolling is awkward on phones). */
  .layout { grid-template-columns: minmax(0, 1fr); }
  .article-view { max-height: none; overflow: visible; padding: 0.6rem 0.75rem; }
  .evidence { position: static; max-height: none; overflow: visible; }
  .summary button { padding: 0.25rem 0.6rem; }
  .values { grid-template-columns: minmax(0, 1fr); }
}
.evidence .more { margin-top: 0.5rem; font-size: 0.85rem; }
.by-source { font-size: 0.9rem; margin: 0.3rem 0; padding-left: 1.2rem; }

.corpus { margin-top: 1.25rem; border: 1px solid var(--cc-border); border-radius: var(--cc-radius); }
.corpus > summary { cursor: pointer; padding: 0.6rem 0.8rem; font-weight: 600; overflow-wrap: anywhere; }
.corpus-body { padding: 0 0.8rem 0.8rem; }
.corpus-switch { display: grid; gap: 0.2rem; margin: 0.5rem 0; max-width: 36rem; }
.corpus-switch label { margin: 0; }
.corpus-form:not([hidden]) { display: grid; gap: 0.4rem; margin: 0.5rem 0; padding: 0.6rem; border: 1px solid var(--cc-border); border-radius: var(--cc-radius); }
.documents { list-style: none; padding: 0; margin: 0.5rem 0; display: grid; gap: 0.4rem; }
.document { display: flex; flex-wrap: wrap; gap: 0.3rem 0.75rem; align-items: center; justify-content: space-between; padding: 0.4rem 0.5rem; border: 1px solid var(--cc-border); border-radius: var(--cc-radius); }
.document .source { overflow-wrap: anywhere; }
.document .meta { color: var(--cc-muted); font-size: 0.85rem; }
.document .doc-actions { display: flex; flex-wrap: wrap; gap: 0.3rem; }
.document .doc-actions button { min-height: 2rem; padding: 0.15rem 0.6rem; font-size: 0.85rem; }
.doc-edit { display: grid; grid-template-columns: 2fr minmax(10rem, 1fr) minmax(5rem, 0.6fr); gap: 0.4rem; align-items: end; width: 100%; }
.doc-edit label { font-size: 0.85rem; margin: 0; }
.doc-edit .doc-actions { grid-column: 1 / -1; }
.add { display: grid; gap: 0.5rem; margin-top: 0.75rem; padding-top: 0.75rem; border-top: 1px solid var(--cc-border); }
.add .row { display: grid; grid-template-columns: 2fr 1fr 1fr; gap: 0.5rem; }
.add textarea { min-height: 5rem; }
.corpus-actions { display: flex; flex-wrap: wrap; gap: 0.4rem; margin: 0.4rem 0; }
.corpus-status { color: var(--cc-muted); font-size: 0.9rem; }
@container (max-width: 36rem) { .doc-edit, .add .row { grid-template-columns: minmax(0, 1fr); } }

:host([compact]) .input { display: none; }
:host([compact]) .article-view { font-size: 0.98rem; max-height: 50vh; }
:host([compact]) .layout { grid-template-columns: minmax(0, 1fr); }

@media (prefers-reduced-motion: no-preference) {
  .claim, .mark, button { transition: background-color 120ms ease, border-color 120ms ease; }
}
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
@media (forced-colors: active) {
  .mark { text-decoration-color: CanvasText; }
  .claim[data-rollup="conflict"], .claim[data-rollup="disputed"] { border-bottom: 2px solid CanvasText; }
}
`;
