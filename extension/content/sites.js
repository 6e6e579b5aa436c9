/**
 * Which site we are on, and which focused fields are replies worth checking.
 * Loaded first of the content scripts; they share one isolated-world scope.
 */
'use strict';

/** Platform name sent to the engine, from the page's hostname. */
function replyguardPlatform(hostname) {
  const h = hostname.replace(/^www\./, '');
  const table = [
    ['x.com', 'x'], ['twitter.com', 'x'], ['facebook.com', 'facebook'],
    ['instagram.com', 'instagram'], ['linkedin.com', 'linkedin'], ['reddit.com', 'reddit'],
    ['youtube.com', 'youtube'], ['business.google.com', 'google'], ['google.com', 'google'],
    ['biz.yelp.com', 'yelp'], ['yelp.com', 'yelp'], ['healthgrades.com', 'healthgrades'],
  ];
  for (const [domain, name] of table) {
    if (h === domain || h.endsWith('.' + domain)) return name;
  }
  return 'web';
}

/**
 * The reply field an event target belongs to, or null: a textarea, a text input, or the
 * outermost editable element of a contenteditable editor. Search boxes, password fields and
 * fields that turn spellcheck off are not replies.
 */
function replyguardEditorFor(target) {
  if (!(target instanceof Element)) return null;
  if (target.closest('[role="combobox"]')) return null;
  if (target instanceof HTMLTextAreaElement) return target.readOnly || target.disabled ? null : target;
  if (target instanceof HTMLInputElement) {
    // A one-line field with spellcheck off is a search, URL or code box, not a reply.
    const t = (target.type || 'text').toLowerCase();
    return t === 'text' && !target.readOnly && !target.disabled && target.spellcheck ? target : null;
  }
  // Rich editors (Draft.js among them) turn spellcheck off by default, so it says nothing here.
  if (!target.isContentEditable) return null;
  let host = target;
  while (host.parentElement && host.parentElement.isContentEditable) host = host.parentElement;
  return host;
}
