/**
 * Putting a suggested rewrite into the reply field the way that editor accepts it, so the
 * site's own state (React, Lexical, ProseMirror...) stays in sync and undo works:
 * textarea/input by execCommand('insertText') on a selection; contenteditable by a cancelable
 * beforeinput (insertReplacementText) that rich editors handle, else execCommand('insertText').
 */
/* global replyguardReadText, replyguardRange */
'use strict';

/**
 * What Apply replaces: the catalog's suggestions are whole sentences, so the sentence holding the
 * finding (from after the previous . ! ? or line break up to and including the next) is replaced.
 */
function replyguardRewrite(text, finding) {
  const enders = /[.!?\n]/;
  let start = finding.start;
  while (start > 0 && !enders.test(text[start - 1])) start--;
  while (start < finding.start && /\s/.test(text[start])) start++;
  let end = finding.end;
  while (end < text.length && !enders.test(text[end])) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return { start, end, replacement: finding.suggestion };
}

/** Replaces [start, end) of the field's text with `replacement`; true when the text changed. */
function replyguardReplace(editor, start, end, replacement) {
  editor.focus({ preventScroll: true });
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    editor.setSelectionRange(start, end);
    if (!document.execCommand('insertText', false, replacement)) {
      editor.setRangeText(replacement, start, end, 'end');
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    }
    return true;
  }
  const { segments } = replyguardReadText(editor);
  const range = replyguardRange(segments, start, end);
  if (!range) return false;
  const sel = getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  const before = replyguardReadText(editor).text;
  let dataTransfer = null;
  try { dataTransfer = new DataTransfer(); dataTransfer.setData('text/plain', replacement); } catch (_e) { /* old engines */ }
  const ev = new InputEvent('beforeinput', {
    bubbles: true, cancelable: true, composed: true, inputType: 'insertReplacementText',
    data: replacement, dataTransfer, targetRanges: [new StaticRange(range)],
  });
  const notHandled = editor.dispatchEvent(ev);
  if (notHandled) {
    // The editor left it to the browser: let the browser edit (it fires the native events).
    // An editor that cancelled the event does the edit itself, perhaps later (Draft.js).
    const again = replyguardRange(replyguardReadText(editor).segments, start, end);
    if (again) { sel.removeAllRanges(); sel.addRange(again); }
    document.execCommand('insertText', false, replacement);
  }
  return !notHandled || replyguardReadText(editor).text !== before;
}
