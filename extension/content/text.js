/**
 * Reading the text of a reply field, with a map from text offsets (UTF-16, as the engine returns
 * them) back to DOM positions for contenteditable editors.
 */
'use strict';

const REPLYGUARD_BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);

/**
 * The text of a field. For contenteditable: text nodes in order, a newline for each <br> and
 * between blocks, and `segments` [{node, start}] giving where each text node starts in `text`.
 */
function replyguardReadText(el) {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    return { text: el.value, segments: null };
  }
  let text = '';
  const segments = [];
  const newline = () => { if (text && !text.endsWith('\n')) text += '\n'; };
  const walk = (node) => {
    for (let n = node.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        segments.push({ node: n, start: text.length });
        text += n.data;
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        const tag = n.tagName;
        if (tag === 'BR') { text += '\n'; continue; }
        if (tag === 'SCRIPT' || tag === 'STYLE' || n.getAttribute('contenteditable') === 'false' && n.hidden) continue;
        const block = REPLYGUARD_BLOCKS.has(tag);
        if (block) newline();
        walk(n);
        if (block) newline();
      }
    }
  };
  walk(el);
  // Editors keep a trailing <br> or empty block for the caret; it is not part of the reply.
  return { text: text.replace(/\n+$/, ''), segments };
}

/** The DOM position of a text offset, from `segments` (null when the offset is a newline we made). */
function replyguardPosition(segments, offset, preferEnd) {
  for (let i = segments.length - 1; i >= 0; i--) {
    const s = segments[i];
    const len = s.node.data.length;
    if (offset >= s.start && offset <= s.start + len) {
      if (!preferEnd && offset === s.start + len && i + 1 < segments.length && segments[i + 1].start === offset) {
        continue;
      }
      return { node: s.node, offset: offset - s.start };
    }
  }
  return null;
}

/** A DOM Range over [start, end) of a contenteditable's text, or null. */
function replyguardRange(segments, start, end) {
  const a = replyguardPosition(segments, start, false);
  const b = replyguardPosition(segments, end, true);
  if (!a || !b) return null;
  const r = document.createRange();
  r.setStart(a.node, a.offset);
  r.setEnd(b.node, b.offset);
  return r;
}
