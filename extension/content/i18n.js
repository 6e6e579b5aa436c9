/**
 * Our user-visible strings, from _locales/ through chrome.i18n (English when a key is missing).
 */
'use strict';

function replyguardT(key, subs) {
  try {
    const s = chrome.i18n.getMessage(key, subs);
    if (s) return s;
  } catch (_e) { /* extension context gone: fall through */ }
  return key;
}
