/**
 * Reply Guard content script: follows the focused reply field and asks the background to check
 * its text as the user types. Scans are coalesced: at most one request is in flight, and the
 * latest text is sent when it returns. Nothing is written to the page or its console.
 */
/* global replyguardPlatform, replyguardEditorFor, replyguardReadText */
'use strict';

(() => {
  if (globalThis.__replyguardLoaded) return; // one instance per frame
  globalThis.__replyguardLoaded = true;

  const DEBOUNCE_MS = 200;
  const platform = replyguardPlatform(location.hostname);

  /** The state of the field being checked; kept in the isolated world only. */
  const state = {
    editor: null, // the reply field being followed
    timer: 0,
    inFlight: false,
    dirty: false, // text changed while a scan was in flight
    lastText: null,
    findings: [],
  };

  /** The deepest event target, looking into open shadow roots (Reddit's composer). */
  function deepTarget(event) {
    const path = event.composedPath ? event.composedPath() : [];
    return path.length ? path[0] : event.target;
  }

  function follow(editor) {
    if (state.editor === editor) return;
    state.editor = editor;
    state.lastText = null;
    state.findings = [];
    if (editor) schedule(0);
  }

  function schedule(delay) {
    clearTimeout(state.timer);
    state.timer = setTimeout(scan, delay);
  }

  async function scan() {
    const editor = state.editor;
    if (!editor || !editor.isConnected) return;
    if (state.inFlight) { state.dirty = true; return; }
    const { text } = replyguardReadText(editor);
    if (text === state.lastText) return;
    state.inFlight = true;
    state.dirty = false;
    try {
      const lang = (editor.closest('[lang]') || document.documentElement).getAttribute('lang') || '';
      const reply = await chrome.runtime.sendMessage({ type: 'scan', text, platform, lang: lang.slice(0, 16) });
      if (editor === state.editor && reply && Array.isArray(reply.findings)) {
        state.lastText = text;
        state.findings = reply.findings;
      }
    } catch (_err) {
      // The extension was reloaded or the background is restarting: try again on the next input.
      state.lastText = null;
    } finally {
      state.inFlight = false;
      if (state.dirty) schedule(0);
    }
  }

  document.addEventListener('focusin', (e) => follow(replyguardEditorFor(deepTarget(e))), true);
  document.addEventListener('input', (e) => {
    const editor = replyguardEditorFor(deepTarget(e));
    if (!editor) return;
    if (editor !== state.editor) follow(editor);
    schedule(DEBOUNCE_MS);
  }, true);

  const active = document.activeElement;
  if (active) follow(replyguardEditorFor(active));
})();
