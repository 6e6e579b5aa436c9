/**
 * Putting a suggested rewrite into the reply field the way that editor accepts it, so the
 * site's own state (React, Lexical, ProseMirror...) stays in sync and undo works:
 * textarea/input by execCommand('insertText') on a selection; contenteditable by a cancelable
 * beforeinput (insertReplacementText) that rich editors handle, else execCommand('insertText').
 */
/* global replyguardReadText, replyguardRange, cloneInto */
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

/**
 * A cancelable beforeinput (insertReplacementText) carrying the text and the target range. In
 * Firefox a content script's objects reach page scripts only as opaque wrappers, so the event,
 * its DataTransfer and its StaticRange are made with the page's own constructors there.
 */
function replyguardBeforeInput(range, text) {
  const page = typeof cloneInto === 'function' && window.wrappedJSObject ? window.wrappedJSObject : window;
  const init = page === window ? {} : new page.Object();
  init.bubbles = true;
  init.cancelable = true;
  init.composed = true;
  init.inputType = 'insertReplacementText';
  init.data = text;
  try {
    const dt = new page.DataTransfer();
    dt.setData('text/plain', text);
    init.dataTransfer = dt;
  } catch (_e) { /* engines without a DataTransfer constructor: data alone */ }
  try {
    const targets = page === window ? [] : new page.Array();
    targets.push(new page.StaticRange({ startContainer: range.startContainer, startOffset: range.startOffset,
      endContainer: range.endContainer, endOffset: range.endOffset }));
    init.targetRanges = targets;
  } catch (_e) { /* no StaticRange: editors read the selection instead */ }
  return new page.InputEvent('beforeinput', init);
}

/**
 * Replaces [start, end) of the field's text with `replacement`. Resolves true when the edit was
 * made or handed to the editor. Async because some editors (Slate) learn the selection from a
 * throttled selectionchange handler and must see it before the edit arrives.
 */
async function replyguardReplace(editor, start, end, replacement) {
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
  await new Promise((r) => setTimeout(r, editor.matches('[data-slate-editor]') ? 160 : 0));
  if (!editor.isConnected) return false;
  const before = replyguardReadText(editor).text;
  const ev = replyguardBeforeInput(range, replacement);
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
