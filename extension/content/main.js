/**
 * Reply Guard content script: follows the focused reply field, asks the background to check its
 * text as the user types, and shows the answer through the overlay (underlines, card, status),
 * with the send guard. Scans are coalesced: at most one request in flight, the latest text sent
 * when it returns, stale answers shifted or dropped. The editor's text is changed only by Apply.
 *
 * Hostile pages: this script runs in the browser's isolated world (Chromium) or behind Xray
 * wrappers (Firefox), so the page's own changes to built-ins (Array.prototype, JSON, Function,
 * DOM prototypes, a global `chrome`) do not reach the objects used here, whenever the page makes
 * them; there is nothing to capture early (tests/browser: "hostile page ..." proves it with a page
 * that breaks them before this script loads). Only the focused field is followed: no listener or
 * observer is put on the page's other editors.
 */
/* global replyguardPlatform, replyguardEditorFor, replyguardReadText, replyguardRewrite,
   replyguardReplace, replyguardT, ReplyguardOverlay, replyguardGuard, replyguardContextOf */
'use strict';

(() => {
  if (globalThis.__replyguardLoaded) return; // one instance per frame
  globalThis.__replyguardLoaded = true;
  // An overlay left by an earlier instance of the extension (Firefox stops the old content script
  // on update or reinstall and injects this one into the open tab) is removed, so only ours shows.
  for (const stale of document.querySelectorAll('replyguard-overlay')) stale.remove();

  const platform = replyguardPlatform(location.hostname);
  const site = location.hostname.replace(/^www\./, '');

  /** The state of the field being checked; kept in the isolated world only. */
  const state = {
    enabled: true,
    editor: null,
    timer: 0,
    inFlight: false,
    dirty: false,
    shownText: null, // the text `findings` are placed on
    scannedText: null, // the text of the last answered scan
    context: '', // the review or post the reply answers (content/context.js), read on focus
    findings: [], // as the engine returned them, shifted across edits since
    ignored: new Set(), // "rule\u0000quoted text" the user ignored in this reply
    siteIgnored: new Set(), // rule ids the user ignored on this site ("Ignore here"), from storage
    capped: 0, // when the background checked only the first `capped` characters, else 0
    rules: new Map(), // rule id -> {title, why, reference, severity}
    send: 'confirm',
    bypassSend: false,
  };

  const overlay = new ReplyguardOverlay({
    onApply: apply,
    onIgnore: (f) => {
      state.ignored.add(ignoreKey(f));
      overlay.closeCard(true);
      render();
    },
    onIgnoreSite: (f) => {
      state.siteIgnored.add(f.rule);
      overlay.closeCard(true);
      render();
      saveSiteIgnored(f.rule);
    },
    onReview: () => {
      overlay.closeCard(true);
      const first = visible()[0];
      if (first) overlay.openFinding(first, state.rules.get(first.rule), { focus: true });
    },
    onSendAnyway: () => {
      const pending = guard.pending;
      overlay.closeCard(false);
      guard.resend(pending);
    },
    onClose: () => { guard.pending = null; },
  });

  overlay.site = site;

  function textOf(editor) { return replyguardReadText(editor).text; }
  function ignoreKey(f) { return `${f.rule}\u0000${(state.shownText || '').slice(f.start, f.end)}`; }
  function visible() {
    return state.findings.filter((f) => !state.ignored.has(ignoreKey(f)) && !state.siteIgnored.has(f.rule));
  }
  function violations() { return visible().filter((f) => f.severity === 'violation'); }

  function render() {
    if (!alive()) { detach(); return; }
    const shown = visible();
    const notice = state.capped ? replyguardT('cappedNotice', [state.capped.toLocaleString(chrome.i18n.getUILanguage())]) : '';
    overlay.notice(notice);
    overlay.show(state.editor, shown);
    const n = shown.length;
    const count = n === 0 ? '' : replyguardT(n === 1 ? 'statusOne' : 'statusMany', [String(n)]);
    overlay.announce([count, notice].filter(Boolean).join(' '));
  }

  /**
   * Is the extension still there? After an update, reload or removal in Chromium this content
   * script lives on, orphaned: chrome.runtime.id is gone and every extension call throws
   * "Extension context invalidated". Every entry point checks this and detaches quietly.
   */
  function alive() {
    try { return !!(chrome.runtime && chrome.runtime.id); } catch (_e) { return false; }
  }

  /**
   * Chromium: a port to the background, open while a field is followed, so that a reload, update
   * or disable of the extension (which disconnects it) removes our overlay at once, not only at the
   * next event. A stopped service worker disconnects it too; then it is opened again on the next
   * focus or scan, never in a loop. Firefox stops the content script itself on removal, so there
   * no port is held (it could keep the event page from going idle).
   */
  let contextPort = null;
  const portHelps = (() => { try { return !chrome.runtime.getURL('').startsWith('moz-extension:'); } catch (_e) { return false; } })();
  function watchContext() {
    if (contextPort || !portHelps || state.detached) return;
    try {
      contextPort = chrome.runtime.connect({ name: 'replyguard-context' });
      contextPort.onDisconnect.addListener(() => {
        contextPort = null;
        void chrome.runtime.lastError; // read, so that Chromium does not log it
        // Chromium clears chrome.runtime.id a few milliseconds after it cuts the port: look again
        // shortly (two one-off checks, no polling). A stopped service worker leaves it set.
        if (!alive()) detach();
        else for (const ms of [100, 1000]) setTimeout(() => { if (!alive()) detach(); }, ms);
      });
    } catch (_e) {
      contextPort = null;
      if (!alive()) detach();
    }
  }

  /** "Ignore here": rule ids not shown on this site, kept in storage.local as {site: [rule]}. */
  const SITE_IGNORED_KEY = 'ignoredRules';
  function readSiteIgnored(all) {
    const list = all && typeof all === 'object' && Array.isArray(all[site]) ? all[site] : [];
    return new Set(list.filter((r) => typeof r === 'string'));
  }
  async function saveSiteIgnored(rule) {
    try {
      const got = await chrome.storage.local.get(SITE_IGNORED_KEY);
      const all = got[SITE_IGNORED_KEY] && typeof got[SITE_IGNORED_KEY] === 'object' ? got[SITE_IGNORED_KEY] : {};
      const list = new Set(Array.isArray(all[site]) ? all[site] : []);
      list.add(rule);
      await chrome.storage.local.set({ [SITE_IGNORED_KEY]: { ...all, [site]: [...list] } });
    } catch (_e) { if (!alive()) detach(); }
  }

  /** The deepest event target, looking into open shadow roots (Reddit's composer). */
  function deepTarget(event) {
    const path = event.composedPath ? event.composedPath() : [];
    return path.length ? path[0] : event.target;
  }

  function ours(event) {
    return overlay.owns(deepTarget(event)) || (event.composedPath && event.composedPath().includes(overlay.host));
  }

  async function loadRules() {
    try {
      const r = await chrome.runtime.sendMessage({ type: 'rules' });
      if (r && Array.isArray(r.rules)) {
        state.rules = new Map(r.rules.map((x) => [x.id, x]));
        state.send = r.send === 'block' ? 'block' : 'confirm';
      }
    } catch (_e) { /* background restarting; the next focus retries */ }
  }

  /**
   * Rich editors that draw typed text themselves (Draft.js in Firefox) fire no input event, so
   * the followed contenteditable is also watched for changes to its text.
   */
  const watcher = new MutationObserver(() => {
    if (!alive()) { detach(); return; }
    if (state.editor) changed(state.editor);
  });

  function follow(editor) {
    if (!state.enabled || state.editor === editor) return;
    watcher.disconnect();
    if (editor && editor.isContentEditable) {
      watcher.observe(editor, { subtree: true, childList: true, characterData: true });
    }
    state.editor = editor;
    state.context = editor ? contextOf(editor) : '';
    state.shownText = null;
    state.scannedText = null;
    state.findings = [];
    state.ignored = new Set();
    state.capped = 0;
    overlay.clear();
    if (editor) { watchContext(); loadRules(); schedule(0); }
  }

  /** The text the reply answers; '' when the page's layout gives none or reading it fails. */
  function contextOf(editor) {
    try { return replyguardContextOf(editor); } catch (_e) { return ''; }
  }

  function schedule(delay) {
    clearTimeout(state.timer);
    state.timer = setTimeout(scan, delay);
  }

  /**
   * Moves findings of `from` onto `to` across one edit (common prefix and suffix); drops the
   * ones the edit touched, so no underline sits on the wrong characters between scans.
   */
  function shift(findings, from, to) {
    if (from === null) return [];
    let p = 0;
    while (p < from.length && p < to.length && from[p] === to[p]) p++;
    let s = 0;
    while (s < from.length - p && s < to.length - p && from[from.length - 1 - s] === to[to.length - 1 - s]) s++;
    const oldEnd = from.length - s;
    const delta = to.length - from.length;
    return findings.flatMap((f) => {
      if (f.end <= p) return [f];
      if (f.start >= oldEnd) return [{ ...f, start: f.start + delta, end: f.end + delta }];
      return [];
    });
  }

  async function scan() {
    const editor = state.editor;
    if (!state.enabled || !editor || !editor.isConnected) return;
    if (!alive()) { detach(); return; }
    watchContext();
    if (state.inFlight) { state.dirty = true; return; }
    const text = textOf(editor);
    if (text === state.scannedText) return;
    state.inFlight = true;
    state.dirty = false;
    try {
      // The page's `lang` is the site's interface language, not the reply's: a Spanish reply on
      // an English-language Facebook must be checked in Spanish. So only a language set on the
      // editor itself is passed on; otherwise the engine detects it from the reply (and the review).
      const lang = editor.getAttribute('lang') || '';
      const reply = await chrome.runtime.sendMessage({ type: 'scan', text, context: state.context, platform, lang: lang.slice(0, 16) });
      if (editor === state.editor && reply && Array.isArray(reply.findings)) {
        const now = textOf(editor);
        // A stale answer (the user typed on) is shifted onto the current text, then refreshed.
        state.findings = shift(reply.findings, text, now);
        // The background checks at most its limit of characters and says how many it checked.
        state.capped = Number.isInteger(reply.checked) && reply.checked < text.length ? reply.checked : 0;
        state.shownText = now;
        state.scannedText = text;
        if (now !== text) state.dirty = true;
        render();
      }
    } catch (_err) {
      // Extension reloaded or removed: detach; background restarting: try again on the next input.
      if (!alive()) detach();
    } finally {
      state.inFlight = false;
      if (state.dirty) schedule(0);
    }
  }

  function apply(finding) {
    const editor = state.editor;
    overlay.closeCard(false);
    if (!editor || !editor.isConnected || !finding.suggestion) return;
    const text = textOf(editor);
    const { start, end, replacement } = replyguardRewrite(text, finding);
    // The caret lands after the rewrite: execCommand and the editors leave it there.
    replyguardReplace(editor, start, end, replacement).finally(() => schedule(0));
  }

  const guard = replyguardGuard({
    editor: () => state.editor,
    owns: (e) => ours(e),
    // An orphaned content script never holds a send: the page must keep working without us.
    blocked: () => (alive() || (detach(), false)) && state.enabled && state.editor && violations().length > 0 && !state.bypassSend,
    open: () => overlay.openGuard(violations(), state.rules, { blocking: state.send === 'block' }),
    setBypass: (v) => { state.bypassSend = v; },
  });

  function onFocus(e) {
    if (!alive()) { detach(); return; }
    if (ours(e)) return;
    const editor = replyguardEditorFor(deepTarget(e));
    if (editor) follow(editor);
  }

  function onInput(e) {
    if (!alive()) { detach(); return; }
    if (ours(e)) return;
    const editor = replyguardEditorFor(deepTarget(e));
    if (!editor) return;
    if (editor !== state.editor) follow(editor);
    changed(editor);
  }

  /** The text of the followed field changed: move the underlines along, scan soon. */
  function changed(editor) {
    // Keep underlines on the right characters until the next answer arrives.
    const now = textOf(editor);
    if (now === state.shownText) return;
    state.findings = shift(state.findings, state.shownText, now);
    state.shownText = state.shownText === null ? null : now;
    render();
    // No debounce: the next scan starts at once unless one is in flight, in which case the text
    // typed meanwhile is scanned when its answer arrives (one request in flight, latest text).
    schedule(0);
  }

  /** Opens the card for the underline under the pointer (click) or at the caret (Alt+Shift+R). */
  function onClick(e) {
    if (!alive()) { detach(); return; }
    if (ours(e) || !state.editor) return;
    const f = overlay.findingAt(e.clientX, e.clientY);
    if (f) overlay.openFinding(f, state.rules.get(f.rule), { focus: false });
    else if (overlay.cardOpen && overlay.card.kind === 'finding') overlay.closeCard(false);
  }

  function caretOffset(editor) {
    if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return editor.selectionStart;
    const sel = getSelection();
    if (!sel.rangeCount) return 0;
    const r = document.createRange();
    r.selectNodeContents(editor);
    r.setEnd(sel.getRangeAt(0).startContainer, sel.getRangeAt(0).startOffset);
    return r.toString().length;
  }

  function onKey(e) {
    if (!alive()) { detach(); return; }
    if (!state.editor || ours(e)) return;
    if (e.altKey && e.shiftKey && (e.key === 'R' || e.key === 'r' || e.code === 'KeyR')) {
      const shown = visible();
      if (!shown.length) return;
      e.preventDefault();
      const at = caretOffset(state.editor);
      const f = shown.find((x) => at >= x.start && at <= x.end) || shown[0];
      overlay.openFinding(f, state.rules.get(f.rule), { focus: true });
    } else if (e.key === 'Escape' && overlay.cardOpen) {
      overlay.closeCard(true);
    }
  }

  const onScroll = () => { if (alive()) overlay.schedulePaint(); else detach(); };

  function attach() {
    document.addEventListener('focusin', onFocus, true);
    document.addEventListener('input', onInput, true);
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKey, true);
    addEventListener('scroll', onScroll, true);
    addEventListener('resize', onScroll);
    guard.attach();
  }

  /** The extension was reloaded or removed: remove everything of ours, leave the page working. */
  function detach() {
    if (state.detached) return;
    state.detached = true;
    state.enabled = false;
    clearTimeout(state.timer);
    watcher.disconnect();
    document.removeEventListener('focusin', onFocus, true);
    document.removeEventListener('input', onInput, true);
    document.removeEventListener('click', onClick, true);
    document.removeEventListener('keydown', onKey, true);
    removeEventListener('scroll', onScroll, true);
    removeEventListener('resize', onScroll);
    guard.detach();
    if (contextPort) { try { contextPort.disconnect(); } catch (_e) { /* already gone */ } contextPort = null; }
    overlay.destroy();
    state.editor = null;
    state.findings = [];
  }

  function setEnabled(on) {
    if (on === state.enabled) return;
    state.enabled = on;
    if (!on) { watcher.disconnect(); overlay.clear(); state.editor = null; }
    else {
      const active = document.activeElement;
      if (active) follow(replyguardEditorFor(active));
    }
  }

  chrome.storage.onChanged.addListener((changes, area) => {
    if (state.detached) return;
    if (area === 'managed' && state.editor) {
      // IT pushed a new managed policy: it applies to the open reply at once, as a local one does.
      state.scannedText = null;
      loadRules().then(() => schedule(0));
      return;
    }
    if (area !== 'local') return;
    if (changes[SITE_IGNORED_KEY]) {
      state.siteIgnored = readSiteIgnored(changes[SITE_IGNORED_KEY].newValue);
      if (state.editor) render();
    }
    if (changes.disabledSites) {
      const list = changes.disabledSites.newValue;
      setEnabled(!(Array.isArray(list) && list.includes(site)));
    }
    if (changes.policy && state.editor) {
      // A new policy applies at once: fetch the rules again and rescan.
      state.scannedText = null;
      loadRules().then(() => schedule(0));
    }
  });

  // The popup asks which site this tab is on, to offer on/off for it.
  chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id || !msg || msg.type !== 'site' || window !== window.top) return false;
    sendResponse({ site, enabled: state.enabled });
    return false;
  });

  attach();
  chrome.storage.local.get(['disabledSites', SITE_IGNORED_KEY]).then((got) => {
    state.siteIgnored = readSiteIgnored(got[SITE_IGNORED_KEY]);
    const list = got.disabledSites;
    state.enabled = true;
    if (Array.isArray(list) && list.includes(site)) setEnabled(false);
    const active = document.activeElement;
    if (state.enabled && active) follow(replyguardEditorFor(active));
  }, () => {});
})();
