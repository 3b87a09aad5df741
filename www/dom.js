// Small helpers the widget's modules share: building elements, and a few words for people.

/** An element with attributes, listeners (`onclick`…) and children; strings become text nodes. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children.flat().filter((child) => child != null && child !== false));
  return element;
}

export function formatBytes(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const utf8Length = (text) => new TextEncoder().encode(text).length;

/** A message as a sentence: ends with one full stop. */
export const sentence = (message) => `${String(message).replace(/[.\s]+$/, '')}.`;

/** Today in the reader's time zone, "YYYY-MM-DD". */
export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Offers `blob` for download as `filename`, from inside `root` (a shadow root). */
export function download(root, filename, blob) {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: filename, hidden: true });
  root.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
