// The host page's own story, in the embed (`<cross-check article="#story">`): its text as it is
// now, read with a map back to the page's text nodes, and the marks drawn on those words with
// the CSS Custom Highlight API, which styles ranges of text without changing the page's DOM.
// Where the browser has no `CSS.highlights`, or the host page does not ask for marks on its
// story (the `mark-story` attribute), the marks are shown in the widget only.

import { byteToIndex } from './report-format.js';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'IFRAME', 'OBJECT']);
const PARAGRAPHS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION', 'PRE', 'TABLE', 'UL', 'OL', 'DL']);
const BLOCKS = new Set([...PARAGRAPHS, 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'LI', 'TR', 'DT', 'DD', 'FIGURE', 'MAIN', 'NAV', 'ADDRESS', 'HR']);

/**
 * The text of `root` as a reader sees it (blocks on lines of their own, runs of white space
 * as one space, scripts and hidden parts left out), with `rangeOf(start, end)` turning string
 * indices of that text into a DOM Range over the page's own text, and `indexAt(node, offset)`
 * the other way.
 */
export function readStory(root) {
  let text = '';
  const nodes = [];
  const offsets = [];
  const indexOf = new Map();
  let pendingBreak = '';
  const breakLine = (kind) => {
    if (text && (kind.length > pendingBreak.length)) pendingBreak = kind;
  };
  // Appends a character of `node` (after any line break pending); returns its index.
  const emit = (char, node, offset) => {
    if (pendingBreak) {
      if (text.endsWith(' ')) {
        text = text.slice(0, -1);
        nodes.pop();
        offsets.pop();
      }
      for (const c of pendingBreak) {
        text += c;
        nodes.push(null);
        offsets.push(0);
      }
      pendingBreak = '';
    }
    text += char;
    nodes.push(node);
    offsets.push(offset);
    return text.length - 1;
  };
  const walk = (node, pre) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const value = node.data;
      const map = new Int32Array(value.length).fill(-1);
      indexOf.set(node, map);
      for (let i = 0; i < value.length; i++) {
        const char = value[i];
        if (!pre && /\s/.test(char)) {
          // One space for a run of white space, none at the start of a line.
          if (text && !/\s$/.test(text) && !pendingBreak) map[i] = emit(' ', node, i);
          continue;
        }
        map[i] = emit(char, node, i);
      }
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE || SKIPPED.has(node.tagName) || node.hidden || node.getAttribute('aria-hidden') === 'true') return;
    if (node.tagName === 'BR') {
      breakLine('\n');
      return;
    }
    const block = BLOCKS.has(node.tagName);
    if (block) breakLine(PARAGRAPHS.has(node.tagName) ? '\n\n' : '\n');
    const inPre = pre || node.tagName === 'PRE';
    for (const child of node.childNodes) walk(child, inPre);
    if (block) breakLine(PARAGRAPHS.has(node.tagName) ? '\n\n' : '\n');
  };
  walk(root, false);
  // No trailing space.
  while (text.endsWith(' ')) {
    text = text.slice(0, -1);
    nodes.pop();
    offsets.pop();
  }
  return {
    text,
    rangeOf(start, end) {
      let from = start;
      while (from < end && !nodes[from]) from++;
      let to = end - 1;
      while (to >= from && !nodes[to]) to--;
      if (from > to) return null;
      const range = new Range();
      range.setStart(nodes[from], offsets[from]);
      range.setEnd(nodes[to], offsets[to] + 1);
      return range;
    },
    indexAt(node, offset) {
      const map = indexOf.get(node);
      if (!map) return -1;
      for (let i = Math.min(offset, map.length - 1); i >= 0; i--) if (map[i] >= 0) return map[i];
      return -1;
    },
  };
}

let instances = 0;

/** The marks of a report drawn on a story's own text (one set per widget). */
export class StoryMarks {
  #names;
  #sheet = null;
  #story = null;
  #facts = [];

  constructor() {
    const id = ++instances;
    this.#names = Object.fromEntries(['conflict', 'disputed', 'not_found', 'agree'].map((v) => [v, `crosscheck-${id}-${v}`]));
  }

  static get supported() {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }

  /** Draws the facts of `report` (made for `story.text`) on the story. */
  show(story, report) {
    if (!StoryMarks.supported) return false;
    this.clear();
    this.#story = story;
    const toIndex = byteToIndex(story.text);
    const ranges = { conflict: [], disputed: [], not_found: [], agree: [] };
    this.#facts = [];
    report.claims.forEach((claim, claimIndex) => claim.facts.forEach((fact, factIndex) => {
      const start = toIndex(fact.start);
      const end = toIndex(fact.end);
      const range = story.rangeOf(start, end);
      if (!range) return;
      ranges[fact.verdict]?.push(range);
      this.#facts.push({ start, end, claimIndex, factIndex });
    }));
    for (const [verdict, list] of Object.entries(ranges)) {
      // Inner facts are drawn over the statements around them.
      const highlight = new Highlight(...list);
      highlight.priority = verdict === 'agree' ? 0 : verdict === 'not_found' ? 1 : verdict === 'disputed' ? 2 : 3;
      CSS.highlights.set(this.#names[verdict], highlight);
    }
    this.#sheet = new CSSStyleSheet();
    const n = this.#names;
    this.#sheet.replaceSync(`
      ::highlight(${n.conflict}) { background-color: rgb(179 38 30 / 0.14); text-decoration: underline wavy #b3261e; text-decoration-thickness: 2px; }
      ::highlight(${n.disputed}) { background-color: rgb(125 78 0 / 0.12); text-decoration: underline dashed #7d4e00; text-decoration-thickness: 2px; }
      ::highlight(${n.not_found}) { text-decoration: underline dotted #59636e; text-decoration-thickness: 2px; }
      ::highlight(${n.agree}) { text-decoration: underline solid #116329; text-decoration-thickness: 1px; }
    `);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.#sheet];
    return true;
  }

  /** The fact (its {claimIndex, factIndex}) under a point of the story, the innermost; or null. */
  factAt(x, y) {
    if (!this.#story) return null;
    const caret = document.caretPositionFromPoint?.(x, y);
    const range = caret ? null : document.caretRangeFromPoint?.(x, y);
    const node = caret?.offsetNode ?? range?.startContainer;
    const offset = caret?.offset ?? range?.startOffset ?? 0;
    if (!node) return null;
    const index = this.#story.indexAt(node, offset);
    if (index < 0) return null;
    const covering = this.#facts.filter((f) => f.start <= index && index < f.end);
    covering.sort((a, b) => (a.end - a.start) - (b.end - b.start));
    return covering[0] ?? null;
  }

  clear() {
    if (!StoryMarks.supported) return;
    for (const name of Object.values(this.#names)) CSS.highlights.delete(name);
    if (this.#sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.#sheet);
    this.#sheet = null;
    this.#story = null;
    this.#facts = [];
  }
}
