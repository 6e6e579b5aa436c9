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

/** Rectangles of [start, end) in a textarea/input, measured on `mirror` (a div we own). */
function replyguardFieldRects(field, mirror, start, end) {
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
  const mark = document.createElement('span');
  mark.textContent = text.slice(start, end) || '\u200b';
  // After the span only its own line matters to where the span wraps: a very long field (hundreds
  // of thousands of characters) is not copied whole on every repaint.
  const nl = text.indexOf('\n', end);
  const tailEnd = Math.min(nl === -1 ? text.length : nl, end + 1000);
  mirror.replaceChildren(document.createTextNode(text.slice(0, start)), mark,
    document.createTextNode(text.slice(end, tailEnd) + ' '));
  const dx = -field.scrollLeft;
  const dy = -field.scrollTop + (single ? (box.height - mirror.getBoundingClientRect().height) / 2 : 0);
  const rects = [...mark.getClientRects()].map((r) => new DOMRect(r.left + dx, r.top + dy, r.width, r.height));
  mirror.replaceChildren();
  return rects;
}

/** Viewport rectangles of [start, end) in `editor`, clipped to the editor's visible box. */
function replyguardSpanRects(editor, mirror, start, end) {
  let rects;
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    rects = replyguardFieldRects(editor, mirror, start, end);
  } else {
    const { segments } = replyguardReadText(editor);
    const range = replyguardRange(segments, start, end);
    rects = range ? [...range.getClientRects()] : [];
  }
  const clip = editor.getBoundingClientRect();
  return rects.filter((r) => r.width > 0 && r.bottom > clip.top && r.top < clip.bottom &&
    r.right > clip.left && r.left < clip.right);
}
