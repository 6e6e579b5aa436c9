/**
 * The text a reply answers: the review, post or comment shown above the reply box. The engine
 * needs it to catch a reply that repeats the reviewer's own health details ("so glad your new
 * knee is doing well" answering "my knee replacement went great": echo-disclosure), and to tell
 * the language of a very short reply. It never leaves the browser (it goes to our background
 * with the reply, like the reply itself).
 *
 * Sites lay out their review cards differently and change them often, so this is one bounded,
 * generic walk rather than a selector per site: from the editor up through at most
 * CONTEXT_LEVELS ancestors, the nearest earlier sibling with at least CONTEXT_MIN characters of
 * text that holds no form field or editor of its own (those are other replies or the page's
 * controls). Text is read with textContent (no layout), whitespace-collapsed and capped. Reading
 * is all it does: nothing is written to the page.
 */
'use strict';

const CONTEXT_LEVELS = 6;
const CONTEXT_SIBLINGS = 4;
const CONTEXT_MIN = 15;
const CONTEXT_MAX = 4000;
const CONTEXT_SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LABEL', 'BUTTON', 'INPUT',
  'TEXTAREA', 'SELECT', 'NAV']);

/** The text of the review or post `editor` replies to, or '' when none is found. */
function replyguardContextOf(editor) {
  let node = editor;
  for (let level = 0; level < CONTEXT_LEVELS && node && node !== document.body; level++) {
    let sib = node.previousElementSibling;
    for (let n = 0; sib && n < CONTEXT_SIBLINGS; n++, sib = sib.previousElementSibling) {
      if (CONTEXT_SKIP.has(sib.tagName)) continue;
      if (sib.querySelector('textarea, input, select, [contenteditable=""], [contenteditable="true"]')) continue;
      const text = String(sib.textContent || '').replace(/\s+/g, ' ').trim();
      if (text.length >= CONTEXT_MIN) return text.slice(0, CONTEXT_MAX);
    }
    node = node.parentElement;
  }
  return '';
}
