/**
 * Where a span of a reply field's text is on screen, as viewport rectangles, without touching
 * the field: Range.getClientRects() for contenteditable, and for textarea/input a hidden mirror
 * element (in our own shadow root) that copies the field's box and font.
 */
/* global replyguardReadText, replyguardRange */
'use strict';

const REPLYGUARD_MIRROR_PROPS = [
  'boxSizing', 'fontFamily', 'fontSize', 'fontStyle', 'fontWeight', 'fontVariant', 'fontStretch',
  'letterSpacing', 'wordSpacing', 'lineHeight', 'textTransform', 'textIndent', 'tabSize',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'direction',
];

/**
 * Rectangles of each span of `spans` ([{start, end}]) in a textarea/input, measured on `mirror`
 * (a div we own). The mirror is filled once per call, cut at every span boundary, so that all the
 * spans are measured in one layout: a reply with a hundred findings costs one layout, not a
 * hundred (each of which would copy and lay out the text before its span).
 */
function replyguardFieldRects(field, mirror, spans) {
  const cs = getComputedStyle(field);
  const box = field.getBoundingClientRect();
  const m = mirror.style;
  for (const p of REPLYGUARD_MIRROR_PROPS) m[p] = cs[p];
  m.position = 'fixed';
  m.visibility = 'hidden';
  m.left = `${box.left}px`;
  m.top = `${box.top}px`;
  m.borderStyle = 'solid';
  m.borderColor = 'transparent';
  m.boxSizing = 'border-box';
  m.width = `${box.width - (field.offsetWidth - field.clientWidth - parseFloat(cs.borderLeftWidth) - parseFloat(cs.borderRightWidth))}px`;
  m.height = 'auto';
  m.overflow = 'hidden';
  const single = field instanceof HTMLInputElement;
  m.whiteSpace = single ? 'pre' : 'pre-wrap';
  m.overflowWrap = single ? 'normal' : 'break-word';
  const text = field.value;
  // Cut points: every span start and end, in order. After the last span only its own line matters
  // to where it wraps, so a very long field is not copied whole on every repaint.
  const cuts = new Set([0]);
  let last = 0;
  for (const { start, end } of spans) {
    const a = Math.max(0, Math.min(start, text.length));
    const b = Math.max(a, Math.min(end, text.length));
    cuts.add(a); cuts.add(b);
    if (b > last) last = b;
  }
  const nl = text.indexOf('\n', last);
  const tailEnd = Math.min(nl === -1 ? text.length : nl, last + 1000);
  cuts.add(tailEnd);
  const points = [...cuts].sort((x, y) => x - y);
  const nodes = [];
  const at = new Map(); // offset -> index of the text node that starts there
  for (let i = 0; i + 1 < points.length; i++) {
    at.set(points[i], nodes.length);
    nodes.push(document.createTextNode(text.slice(points[i], points[i + 1])));
  }
  at.set(points[points.length - 1], nodes.length);
  const end = document.createTextNode(' ');
  nodes.push(end);
  mirror.replaceChildren(...nodes);
  const dx = -field.scrollLeft;
  const dy = -field.scrollTop + (single ? (box.height - mirror.getBoundingClientRect().height) / 2 : 0);
  const range = document.createRange();
  const out = spans.map(({ start, end: stop }) => {
    const a = Math.max(0, Math.min(start, text.length));
    const b = Math.max(a, Math.min(stop, text.length));
    range.setStart(nodes[at.get(a)], 0);
    range.setEnd(nodes[at.get(b)], 0);
    return [...range.getClientRects()].map((r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height));
  });
  mirror.replaceChildren();
  return out;
}

/**
 * Viewport rectangles of each span of `spans` ([{start, end}]) in `editor`, clipped to the
 * editor's visible box. All spans are measured in one pass (one read of the editor's text, one
 * layout), however many there are.
 */
function replyguardSpansRects(editor, mirror, spans) {
  let all;
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    all = replyguardFieldRects(editor, mirror, spans);
  } else {
    const { segments } = replyguardReadText(editor);
    all = spans.map(({ start, end }) => {
      const range = replyguardRange(segments, start, end);
      return range ? [...range.getClientRects()] : [];
    });
  }
  const clip = editor.getBoundingClientRect();
  return all.map((rects) => rects.filter((r) => r.width > 0 && r.bottom > clip.top && r.top < clip.bottom &&
    r.right > clip.left && r.left < clip.right));
}
