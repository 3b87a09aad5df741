// The article editor: the text box, the day the article was written (its relative dates,
// "on Wednesday", "last month", are read against it; default today) and the switch for live
// checking. It only reports edits: `onEdit()` at once on every change (so results can be
// marked stale at once), and `onSettled()` about 100 ms after the last one while live checking
// is on. The text box is never rewritten behind the writer's back, so the caret, the selection,
// the scroll position and the undo history stay theirs.

import { h, today } from './dom.js';

// Milliseconds after the last keystroke before a live check.
export const LIVE_DELAY_MS = 100;

export class ArticleEditor {
  #ui = {};
  #timer = 0;
  #onEdit;
  #onSettled;

  constructor({ onEdit, onSettled, onLiveChange }) {
    this.#onEdit = onEdit;
    this.#onSettled = onSettled;
    const ui = this.#ui;
    ui.textarea = h('textarea', {
      id: 'article', name: 'article', spellcheck: 'false', placeholder: 'Paste or type the article to check',
      oninput: () => this.#edited(),
    });
    ui.written = h('input', {
      type: 'date', id: 'written', value: today(), 'aria-describedby': 'written-hint',
      onchange: () => this.#edited({ settleNow: true }),
    });
    ui.live = h('input', {
      type: 'checkbox', id: 'live', role: 'switch', checked: true,
      onchange: () => {
        onLiveChange(ui.live.checked);
        if (ui.live.checked) this.#edited({ settleNow: true });
      },
    });
    this.element = h('div', { class: 'input' },
      h('label', { for: 'article' }, 'Article'),
      ui.textarea,
      h('div', { class: 'article-options' },
        h('div', { class: 'written' },
          h('label', { for: 'written' }, 'Written on'),
          ui.written,
          h('span', { id: 'written-hint', class: 'hint' }, 'Relative dates (“on Wednesday”, “last month”) are read against this day. Clear it if unknown.')),
        h('div', { class: 'live' }, ui.live, h('label', { for: 'live' }, 'Check as I type'))));
  }

  #edited({ settleNow = false } = {}) {
    this.#onEdit();
    clearTimeout(this.#timer);
    if (!this.live) return;
    if (settleNow) this.#onSettled();
    else this.#timer = setTimeout(() => this.#onSettled(), LIVE_DELAY_MS);
  }

  get text() {
    return this.#ui.textarea.value;
  }

  /** Replaces the text (a check of given text, a saved draft): the caret goes to its end. */
  set text(value) {
    if (this.#ui.textarea.value !== value) this.#ui.textarea.value = value;
  }

  /** The day written, "YYYY-MM-DD", or null when the writer cleared it. */
  get written() {
    return this.#ui.written.value || null;
  }

  set written(value) {
    this.#ui.written.value = value ?? '';
  }

  get live() {
    return this.#ui.live.checked;
  }

  set live(on) {
    this.#ui.live.checked = Boolean(on);
    if (!on) clearTimeout(this.#timer);
  }

  /** Whether the text box has the keyboard. */
  get focused() {
    return this.#ui.textarea === this.element.getRootNode().activeElement;
  }

  focus() {
    this.#ui.textarea.focus();
  }

  /** Stops a pending live check (the element left the page). */
  stop() {
    clearTimeout(this.#timer);
  }
}
