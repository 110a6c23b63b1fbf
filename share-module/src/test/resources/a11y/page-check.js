// Layout and accessibility checks of the page as shown (AccessibilityIT). Returns a list of problems, [] if none.
// arguments[0]: the language the page must declare.
var lang = arguments[0];
var problems = [];
function desc(e) {
  var s = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string'
      ? '.' + e.className.trim().split(/\s+/).join('.') : '');
  var t = (e.textContent || e.value || '').trim().replace(/\s+/g, ' ');
  return s + (t ? ' "' + t.substring(0, 50) + '"' : '');
}
function visible(e) {
  var s = getComputedStyle(e);
  return s.display !== 'none' && s.visibility !== 'hidden' && e.getClientRects().length > 0;
}
function text(id) {
  var e = document.getElementById(id);
  return e ? e.textContent.trim() : '';
}
function named(e) {
  if ((e.getAttribute('aria-label') || '').trim()) { return true; }
  var by = (e.getAttribute('aria-labelledby') || '').trim();
  if (by && by.split(/\s+/).map(text).join('')) { return true; }
  if (e.labels && Array.prototype.some.call(e.labels, function (l) { return l.textContent.trim(); })) { return true; }
  if (e.tagName === 'BUTTON' && e.textContent.trim()) { return true; }
  if (e.tagName === 'INPUT' && /^(submit|button|reset)$/.test(e.type) && e.value) { return true; }
  return !!(e.getAttribute('title') || '').trim();
}

var root = document.documentElement;
if (root.scrollWidth > root.clientWidth) {
  problems.push('the page scrolls sideways: ' + root.scrollWidth + ' > ' + root.clientWidth);
}
if (root.getAttribute('lang') !== lang) { problems.push('html lang="' + root.getAttribute('lang') + '"'); }
var h1 = document.querySelectorAll('h1');
if (h1.length !== 1) { problems.push(h1.length + ' h1 elements'); }
document.querySelectorAll('img').forEach(function (i) {
  if (!i.hasAttribute('alt')) { problems.push('image without alt: ' + i.getAttribute('src')); }
});
document.querySelectorAll('input:not([type=hidden]), select, textarea, button').forEach(function (e) {
  if (!named(e)) { problems.push('form control without an accessible name: ' + desc(e)); }
});
document.querySelectorAll('[tabindex]').forEach(function (e) {
  if (parseInt(e.getAttribute('tabindex'), 10) > 0) { problems.push('positive tabindex breaks focus order: ' + desc(e)); }
});
// text that does not fit: a box whose content is wider than itself, or a box sticking out of its container
document.querySelectorAll('body *').forEach(function (e) {
  if (!visible(e) || e.closest('.sr, select, [hidden]') || /^(INPUT|SELECT|TEXTAREA|OPTION|SCRIPT)$/.test(e.tagName)) {
    return;
  }
  var own = Array.prototype.some.call(e.childNodes, function (n) {
    return n.nodeType === 3 && n.textContent.trim();
  });
  if (!own) { return; }
  var s = getComputedStyle(e);
  if (s.position === 'absolute' || s.position === 'fixed') { return; }
  if (s.display !== 'inline' && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1 && s.overflowX === 'visible') {
    problems.push('text wider than its box (' + e.scrollWidth + ' > ' + e.clientWidth + '): ' + desc(e));
  }
  var c = e.parentElement;
  while (c && getComputedStyle(c).display === 'inline') { c = c.parentElement; }
  if (c) {
    var r = e.getBoundingClientRect();
    var p = c.getBoundingClientRect();
    if (r.right > p.right + 1 || r.left < p.left - 1) {
      problems.push('sticks out of ' + desc(c).split(' ')[0] + ' by ' + Math.round(Math.max(r.right - p.right,
          p.left - r.left)) + 'px: ' + desc(e));
    }
  }
});
return problems;
