/**
 * Everything Reply Guard draws in a page lives in one element, <replyguard-overlay>, appended to
 * <html> (never inside or beside the editor), with an open shadow root holding: the underline
 * boxes (each with data-rule and data-severity), the warning card and the send-guard card
 * (role="dialog"), and one polite status region. Text goes in through textContent only.
 */
/* global replyguardSpansRects, replyguardT */
'use strict';

const REPLYGUARD_CSS = `
:host { all: initial; display: none; } /* shown by content/gate.css while we run */
.layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; }
.u { position: fixed; pointer-events: none; box-sizing: border-box; }
.u[data-severity="violation"] { border-bottom: 2px solid #c8102e; background: rgba(200, 16, 46, 0.08); }
.u[data-severity="caution"] { border-bottom: 2px dashed #b36b00; background: rgba(179, 107, 0, 0.07); }
.u[data-severity="info"] { border-bottom: 1px dotted #1d5fa8; }
.mirror { position: fixed; visibility: hidden; pointer-events: none; }
.card { position: fixed; pointer-events: auto; z-index: 2147483647; box-sizing: border-box;
  width: 340px; max-width: calc(100vw - 16px); padding: 12px 14px; background: #fff; color: #1b1b1f;
  border: 1px solid #8a8a96; border-left-width: 4px; border-radius: 6px; box-shadow: 0 6px 24px rgba(0,0,0,.22);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; text-align: left; }
.card[data-severity="violation"] { border-left-color: #c8102e; }
.card[data-severity="caution"] { border-left-color: #b36b00; }
.card h2 { font-size: 14px; margin: 0 0 4px; font-weight: 600; }
.card p { margin: 0 0 6px; }
.card .kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #555; margin: 0 0 2px; }
.card .ref { font-size: 11px; color: #555; }
.card .suggestion { background: #f1f6ff; border-radius: 4px; padding: 6px 8px; }
.card ul { margin: 4px 0 8px; padding-left: 18px; }
.card .buttons { display: flex; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
.card button { font: inherit; padding: 4px 10px; border-radius: 4px; border: 1px solid #8a8a96; background: #fff; color: #1b1b1f; cursor: pointer; }
.card button.primary { background: #1d5fa8; border-color: #1d5fa8; color: #fff; }
.card button:focus-visible { outline: 2px solid #1d5fa8; outline-offset: 2px; }
.notice { position: fixed; pointer-events: none; box-sizing: border-box; max-width: 420px; padding: 2px 8px;
  background: #fff8e1; color: #5c3b00; border: 1px solid #b36b00; border-radius: 4px;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.card .capped { font-size: 12px; color: #5c3b00; }
.status { position: fixed; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

class ReplyguardOverlay {
  /** @param handlers {onApply(f), onIgnore(f), onIgnoreSite(f), onSendAnyway(), onReview(), onClose()} */
  constructor(handlers) {
    this.handlers = handlers;
    this.host = null;
    this.editor = null;
    this.findings = [];
    this.boxes = []; // [{finding, rects}]
    this.frame = 0;
    this.card = null; // {kind: 'finding'|'guard', finding?, el}
    this.noticeText = ''; // shown under the editor and in the cards when the text was only partly checked
    this.site = '';
  }

  /** Creates our element on first use. */
  ensure() {
    if (this.host && this.host.isConnected) return;
    if (!this.host) {
      this.host = document.createElement('replyguard-overlay');
      const root = this.host.attachShadow({ mode: 'open' });
      try {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(REPLYGUARD_CSS);
        root.adoptedStyleSheets = [sheet];
      } catch (_e) {
        const style = document.createElement('style');
        style.textContent = REPLYGUARD_CSS;
        root.append(style);
      }
      this.layer = document.createElement('div');
      this.layer.className = 'layer';
      this.mirror = document.createElement('div');
      this.mirror.className = 'mirror';
      this.mirror.setAttribute('aria-hidden', 'true');
      this.status = document.createElement('div');
      this.status.className = 'status';
      this.status.setAttribute('role', 'status');
      this.status.setAttribute('aria-live', 'polite');
      root.append(this.layer, this.mirror, this.status);
      this.root = root;
    }
    document.documentElement.append(this.host);
  }

  /** True when `node` (an event's target or path entry) is ours. */
  owns(node) {
    return !!this.host && (node === this.host || (node instanceof Node && this.root.contains(node)));
  }

  /** Shows `findings` for `editor`; repaints in the next animation frame. */
  show(editor, findings) {
    this.editor = editor;
    this.findings = findings;
    if (this.card && this.card.kind === 'finding' && !findings.includes(this.card.finding)) this.closeCard(false);
    this.schedulePaint();
  }

  schedulePaint() {
    if (this.frame || this.dead) return;
    this.frame = requestAnimationFrame(() => { this.frame = 0; this.paint(); });
  }

  paint() {
    if (this.dead || (!this.editor && !this.host)) return;
    this.ensure();
    const boxes = [];
    const els = [];
    if (this.editor && this.editor.isConnected) {
      const all = replyguardSpansRects(this.editor, this.mirror, this.findings);
      for (let i = 0; i < this.findings.length; i++) {
        const f = this.findings[i];
        const rects = all[i];
        boxes.push({ finding: f, rects });
        for (const r of rects) {
          const u = document.createElement('div');
          u.className = 'u';
          u.dataset.rule = f.rule;
          u.dataset.severity = f.severity;
          u.dataset.start = String(f.start);
          u.dataset.end = String(f.end);
          const s = u.style;
          s.left = `${r.left}px`; s.top = `${r.top}px`; s.width = `${r.width}px`; s.height = `${r.height}px`;
          els.push(u);
        }
      }
    }
    if (this.noticeText && this.editor && this.editor.isConnected) {
      // A visible notice just under the field (the long-text cap), in our layer, never in the field.
      const r = this.editor.getBoundingClientRect();
      const n = this.el('div', 'notice', this.noticeText);
      n.style.left = `${Math.max(0, r.left)}px`;
      n.style.top = `${Math.min(Math.max(0, r.bottom + 2), innerHeight - 24)}px`;
      els.push(n);
    }
    this.boxes = boxes;
    this.layer.replaceChildren(...els);
    if (this.card) this.placeCard();
  }

  /** The finding drawn under viewport point (x, y), if any. */
  findingAt(x, y) {
    for (const { finding, rects } of this.boxes) {
      if (rects.some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2)) return finding;
    }
    return null;
  }

  /** Sets (or clears, with '') the notice that only part of the text was checked. */
  notice(text) {
    if (text === this.noticeText) return;
    this.noticeText = text;
    this.schedulePaint();
  }

  announce(text) {
    if (this.dead) return;
    this.ensure();
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  button(label, cls, onClick) {
    const b = this.el('button', cls, label);
    b.type = 'button';
    // Keep the editor's focus and selection when the card is used with the mouse.
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', (e) => { e.preventDefault(); e.stopPropagation(); onClick(); });
    return b;
  }

  /** The warning card for one finding. */
  openFinding(finding, info, { focus }) {
    const card = this.el('div', 'card');
    card.setAttribute('role', 'dialog');
    card.dataset.forRule = finding.rule;
    card.dataset.severity = finding.severity;
    const titleId = 'replyguard-card-title';
    const title = this.el('h2', '', info ? info.title : finding.rule);
    title.id = titleId;
    card.setAttribute('aria-labelledby', titleId);
    card.append(this.el('p', 'kind', replyguardT(finding.severity === 'violation' ? 'severityViolation' : 'severityCaution')), title);
    card.append(this.el('p', 'message', finding.message));
    if (info && info.why) card.append(this.el('p', 'why', info.why));
    if (info && info.reference) card.append(this.el('p', 'ref', info.reference));
    const buttons = this.el('div', 'buttons');
    if (finding.suggestion) {
      card.append(this.el('p', 'suggestion', finding.suggestion));
      buttons.append(this.button(replyguardT('apply'), 'primary apply', () => this.handlers.onApply(finding)));
    }
    buttons.append(this.button(replyguardT('ignore'), 'ignore', () => this.handlers.onIgnore(finding)));
    const here = this.button(replyguardT('ignoreSite'), 'ignore-site', () => this.handlers.onIgnoreSite(finding));
    here.title = replyguardT('ignoreSiteTitle', [this.site]);
    buttons.append(here);
    card.append(buttons);
    if (this.noticeText) card.append(this.el('p', 'capped', this.noticeText));
    this.mountCard({ kind: 'finding', finding, el: card }, focus);
  }

  /** The send guard: the problems left, Review and Send anyway (or only Review when blocking). */
  openGuard(findings, rules, { blocking }) {
    const card = this.el('div', 'card guard');
    card.setAttribute('role', 'dialog');
    card.dataset.severity = 'violation';
    const title = this.el('h2', '', replyguardT('guardTitle', [String(findings.length)]));
    title.id = 'replyguard-guard-title';
    card.setAttribute('aria-labelledby', title.id);
    card.append(title, this.el('p', '', replyguardT(blocking ? 'guardBlocked' : 'guardBody')));
    const list = this.el('ul');
    for (const f of findings) list.append(this.el('li', '', (rules.get(f.rule) || {}).title || f.rule));
    card.append(list);
    const buttons = this.el('div', 'buttons');
    buttons.append(this.button(replyguardT('review'), 'primary review', () => this.handlers.onReview()));
    if (!blocking) buttons.append(this.button(replyguardT('sendAnyway'), 'send-anyway', () => this.handlers.onSendAnyway()));
    card.append(buttons);
    if (this.noticeText) card.append(this.el('p', 'capped', this.noticeText));
    this.mountCard({ kind: 'guard', el: card }, true);
  }

  mountCard(card, focus) {
    if (this.dead) return;
    this.closeCard(false);
    this.ensure();
    this.card = card;
    card.el.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); this.closeCard(true); }
    });
    this.root.append(card.el);
    this.placeCard();
    if (focus) card.el.querySelector('button').focus();
  }

  placeCard() {
    const { el, finding } = this.card;
    let anchor = null;
    if (finding) {
      const box = this.boxes.find((b) => b.finding === finding);
      anchor = box && box.rects[0];
    }
    if (!anchor && this.editor && this.editor.isConnected) anchor = this.editor.getBoundingClientRect();
    const x = anchor ? anchor.left : 16;
    const y = anchor ? anchor.bottom + 6 : 16;
    el.style.left = `${Math.max(8, Math.min(x, innerWidth - el.offsetWidth - 8))}px`;
    el.style.top = `${y + el.offsetHeight > innerHeight && anchor ? Math.max(8, anchor.top - el.offsetHeight - 6) : y}px`;
  }

  get cardOpen() { return !!this.card; }

  /** Closes the card; with returnFocus, gives focus (and the caret) back to the editor. */
  closeCard(returnFocus) {
    if (!this.card) return;
    const wasGuard = this.card.kind === 'guard';
    this.card.el.remove();
    this.card = null;
    if (returnFocus && this.editor && this.editor.isConnected) this.editor.focus({ preventScroll: true });
    if (returnFocus || wasGuard) this.handlers.onClose();
  }

  /** Removes our element for good (the extension was reloaded or removed); nothing is drawn after. */
  destroy() {
    this.dead = true;
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.clear();
    if (this.host) this.host.remove();
  }

  clear() {
    this.editor = null;
    this.findings = [];
    this.noticeText = '';
    this.closeCard(false);
    if (this.layer) this.layer.replaceChildren();
    this.boxes = [];
  }
}
