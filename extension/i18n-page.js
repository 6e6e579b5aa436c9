// Fills every [data-i18n] element of an extension page from _locales/ (chrome.i18n).
'use strict';
document.addEventListener('DOMContentLoaded', () => {
  document.documentElement.lang = chrome.i18n.getUILanguage();
  for (const el of document.querySelectorAll('[data-i18n]')) {
    const s = chrome.i18n.getMessage(el.dataset.i18n);
    if (s) el.textContent = s;
  }
});
