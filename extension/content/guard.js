/**
 * The send guard: when the reply still has violations, the site's send shortcut (Enter in a
 * one-line or rich composer, Ctrl/Cmd+Enter anywhere), a click on its send/post/reply button, or
 * a form submit is held back and our card asks first: Review, or Send anyway (which replays the
 * same action once). The draft is never touched.
 */
'use strict';

const REPLYGUARD_SEND_WORDS = /^(reply|post|send|tweet|comment|submit|publish|respond|share|responder|publicar|enviar|comentar)\b/i;

/**
 * @param o {editor(): Element|null, owns(event): bool, blocked(): bool, open(): void,
 *           setBypass(bool): void}
 */
function replyguardGuard(o) {
  const api = { pending: null };

  const inEditor = (event) => {
    const editor = o.editor();
    if (!editor) return false;
    const path = event.composedPath ? event.composedPath() : [event.target];
    return path.includes(editor);
  };

  /** Is `el` the send button of the composer holding `editor`? */
  function isSendButton(el, editor) {
    if (el.disabled) return false;
    if (editor.form && (el.form === editor.form) && (el.type === 'submit')) return true;
    const label = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim();
    if (!REPLYGUARD_SEND_WORDS.test(label) && !/send|post|reply|submit/i.test(el.dataset.testid || '')) return false;
    // Near the editor: their closest common ancestor is at most a few levels above the editor.
    // parentNode, not parentElement: a composer in a shadow root has the root as its parent.
    let box = editor;
    for (let i = 0; i < 6 && box; i++, box = box.parentNode) {
      if (box.contains(el)) return true;
    }
    return false;
  }

  function hold(event, pending) {
    event.preventDefault();
    event.stopImmediatePropagation();
    api.pending = pending;
    o.open();
  }

  function onKeydown(e) {
    if (e.key !== 'Enter' || e.isComposing || o.owns(e) || !inEditor(e) || !o.blocked()) return;
    const editor = o.editor();
    const multiline = editor instanceof HTMLTextAreaElement;
    const sends = e.ctrlKey || e.metaKey || (!multiline && !e.shiftKey);
    if (!sends) return;
    hold(e, {
      kind: 'key',
      init: { key: e.key, code: e.code, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey },
    });
  }

  function onClick(e) {
    if (o.owns(e) || !o.blocked()) return;
    const editor = o.editor();
    const t = e.composedPath ? e.composedPath()[0] : e.target;
    if (!(t instanceof Element)) return;
    const btn = t.closest('button, [role="button"], input[type="submit"]');
    if (!btn || !isSendButton(btn, editor)) return;
    hold(e, { kind: 'click', el: btn });
  }

  function onSubmit(e) {
    const editor = o.editor();
    if (!editor || !o.blocked() || !(e.target instanceof HTMLFormElement) || !e.target.contains(editor)) return;
    hold(e, { kind: 'submit', form: e.target });
  }

  /** Replays the held action once, past the guard. */
  api.resend = (pending) => {
    if (!pending) return;
    api.pending = null;
    const editor = o.editor();
    o.setBypass(true);
    try {
      if (pending.kind === 'click') pending.el.click();
      else if (pending.kind === 'submit') pending.form.requestSubmit();
      else if (editor) {
        editor.focus({ preventScroll: true });
        for (const type of ['keydown', 'keypress', 'keyup']) {
          editor.dispatchEvent(new KeyboardEvent(type, { ...pending.init, bubbles: true, cancelable: true, composed: true }));
        }
      }
    } finally {
      o.setBypass(false);
    }
  };

  api.attach = () => {
    addEventListener('keydown', onKeydown, true);
    addEventListener('click', onClick, true);
    addEventListener('submit', onSubmit, true);
  };
  api.detach = () => {
    removeEventListener('keydown', onKeydown, true);
    removeEventListener('click', onClick, true);
    removeEventListener('submit', onSubmit, true);
  };
  return api;
}
