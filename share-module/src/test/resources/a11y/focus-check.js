// The element that has keyboard focus and whether the focus and its text are visible (AccessibilityIT): null when nothing
// (the body) has it, else [description, visible].
var e = document.activeElement;
if (!e || e === document.body || e === document.documentElement) { return null; }
function ring(x) {
  var s = getComputedStyle(x);
  return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
}
// a visually hidden control (a file input styled as its label) must show its focus on its label
var box = e.getBoundingClientRect();
var style = getComputedStyle(e);
var hidden = box.width <= 1 || box.height <= 1 || style.opacity === '0'
    || (style.clip !== 'auto' && style.clip !== '') || style.clipPath !== 'none';
var shown = hidden ? !!e.labels && Array.prototype.some.call(e.labels, ring) : ring(e);
// and the focused element's text must not vanish into its background (white on white)
function background(x) {
  for (; x; x = x.parentElement) {
    var b = getComputedStyle(x).backgroundColor;
    if (b !== 'transparent' && b !== 'rgba(0, 0, 0, 0)') { return b; }
  }
  return 'rgb(255, 255, 255)';
}
if (e.textContent.trim() && getComputedStyle(e).color === background(e)) { shown = false; }
var d = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "'
    + (e.textContent || e.value || e.getAttribute('aria-label') || '').trim().substring(0, 40) + '"';
return [d, shown];
