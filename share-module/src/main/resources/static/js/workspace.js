// CertCopy workspace: small helpers shared by the pages (no library).
(function () {
  'use strict';

  // The CSRF token of the signed-in session, for scripts that change something.
  window.certcopyCsrf = function () {
    var t = document.querySelector('meta[name="_csrf"]');
    var h = document.querySelector('meta[name="_csrf_header"]');
    return t && h ? { header: h.content, token: t.content } : null;
  };

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.content : '';
  }

  // A page sent as the answer to a form (its errors kept next to the fields) stands at the form page's own address:
  // a reload, a bookmark or the language switch then asks for that page, never the POST-only address.
  var address = meta('certcopy-address');
  if (address && address !== location.pathname + location.search) {
    history.replaceState(history.state, '', address);
  }

  // A script's call answered "session expired" (401, or 403 SESSION_EXPIRED: a page older than the latest sign-in):
  // say so once, in the page's language, with a link that signs in and comes back to this very page. Everything
  // the server already stored (uploaded pages, their order) stays; nothing is retried behind the clerk's back.
  // Returns true when the answer was such an expiry.
  window.certcopySession = function (status, body) {
    var code = '';
    var detail = '';
    try { var j = JSON.parse(body || '{}'); code = j.code || ''; detail = j.detail || ''; } catch (e) { /* not JSON */ }
    if (status !== 401 && code !== 'SESSION_EXPIRED') { return false; }
    var box = document.getElementById('session-expired');
    if (!box) {
      box = document.createElement('div');
      box.id = 'session-expired';
      box.className = 'session-expired';
      box.setAttribute('role', 'alert');
      var text = document.createElement('span');
      text.textContent = detail || meta('certcopy-session-expired');
      var link = document.createElement('a');
      link.id = 'session-return';
      link.href = location.pathname + location.search;
      link.textContent = meta('certcopy-session-return');
      box.appendChild(text);
      box.appendChild(link);
      var main = document.getElementById('main') || document.body;
      main.insertBefore(box, main.firstChild);
    }
    return true;
  };

  // A call that failed without an answer (an upload cut off when the server refused it early): ask once whether
  // the session is still there, so the clerk learns the real reason.
  window.certcopySessionProbe = function (url) {
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (r.status === 401 || r.status === 403) {
        return r.text().then(function (t) { window.certcopySession(r.status, t); });
      }
    }).catch(function () { /* really offline */ });
  };

  // Page scripts that fetch pages (not the API) get 401 once the session is gone (older servers: the sign-in page).
  function signInPage(r) {
    return r.status === 401 || (r.redirected && /\/login(\?|$)/.test(new URL(r.url).pathname + new URL(r.url).search));
  }

  // A form refused because its session had ended is back after sign-in: fill it in again (same names, same
  // values; never hidden fields such as the CSRF token or the request's version, never files), put the notice
  // above it, and leave sending to the clerk.
  function restoreUnsent() {
    var box = document.getElementById('unsent');
    if (!box) { return; }
    var form = null;
    document.querySelectorAll('form').forEach(function (f) {
      if (!form && new URL(f.action, location.href).pathname === box.dataset.action) { form = f; }
    });
    var main = document.getElementById('main');
    if (!form) { if (main) { main.insertBefore(box, main.firstChild); } return; }
    form.parentNode.insertBefore(box, form);
    var fields = {};
    try { fields = JSON.parse(box.dataset.fields || '{}'); } catch (e) { fields = {}; }
    fill(form, fields);
    box.setAttribute('tabindex', '-1');
    box.focus();
  }

  // Fills a form in with {name: [values]}: rows are added where the form grows (data-unsent-grows), hidden fields
  // (the CSRF token, the request's version), files and passwords are never touched; the page's own scripts then
  // see the values as typed (the IIN is checked again, the representative's fields shown).
  function fill(form, fields) {
    var open = form.closest('details');
    if (open) { open.open = true; }
    var touched = [];
    Object.keys(fields).forEach(function (name) {
      var values = fields[name];
      var named = function () {
        return Array.prototype.filter.call(form.elements, function (el) { return el.name === name; });
      };
      var grow = Array.prototype.filter.call(form.querySelectorAll('[data-unsent-grows]'), function (b) {
        return b.dataset.unsentGrows.split(' ').indexOf(name) >= 0;
      })[0];
      while (grow && named().length < values.length) { grow.click(); }
      var i = 0;
      named().forEach(function (el) {
        if (el.type === 'hidden' || el.type === 'file' || el.type === 'password' || el.type === 'submit') { return; }
        if (el.type === 'radio' || el.type === 'checkbox') {
          el.checked = values.indexOf(el.value) >= 0;
        } else if (i < values.length) {
          el.value = values[i++];
        }
        touched.push(el);
      });
    });
    touched.forEach(function (el) {
      el.dispatchEvent(new Event(el.type === 'radio' || el.type === 'checkbox' || el.tagName === 'SELECT'
        ? 'change' : 'input', { bubbles: true }));
    });
  }

  // What the clerk types into the page's forms (those marked data-carry: wizard, refusal, copy search, legal hold)
  // is kept as typed in this tab's sessionStorage, per page, because the pages are no-store: a reload, Back/Forward
  // or the language switch would otherwise bring the page back empty (or half filled). It is filled in again only
  // on such a load of the same page; any other load of that page starts empty and forgets it, a successful send
  // forgets it, and sign-out and the sign-in page forget everything, so it never reaches another account here.
  var CARRY = 'certcopy-carry';

  function formKey(form) { return new URL(form.action, location.href).pathname; }

  // The form's fields as {name: [values]}, or null when nothing was typed or ticked (a radio's default alone does
  // not count).
  function typed(form) {
    var fields = {};
    var any = false;
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || ['hidden', 'file', 'password', 'submit', 'button'].indexOf(el.type) >= 0) { return; }
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) { return; }
      (fields[el.name] = fields[el.name] || []).push(el.value);
      if (el.type === 'checkbox' || (el.type !== 'radio' && el.tagName !== 'SELECT' && el.value !== '')) { any = true; }
    });
    return any ? fields : null;
  }

  // {pages: {path: {formAction: fields}}, switched: path, sent: path}
  function readKept() {
    var kept = null;
    try { kept = JSON.parse(sessionStorage.getItem(CARRY) || 'null'); } catch (e) { kept = null; }
    return kept && kept.pages ? kept : { pages: {} };
  }

  function writeKept(kept) {
    try {
      if (Object.keys(kept.pages).length || kept.switched || kept.sent) {
        sessionStorage.setItem(CARRY, JSON.stringify(kept));
      } else {
        sessionStorage.removeItem(CARRY);
      }
    } catch (e) { /* storage unavailable: the page comes back empty, as before */ }
  }

  function keepTyping(kept) {
    kept = kept || readKept();
    var forms = {};
    var any = false;
    document.querySelectorAll('form[data-carry]').forEach(function (f) {
      var fields = typed(f);
      if (fields) { forms[formKey(f)] = fields; any = true; }
    });
    if (any) { kept.pages[location.pathname] = forms; } else { delete kept.pages[location.pathname]; }
    writeKept(kept);
    return kept;
  }

  function forgetTyping() {
    try { sessionStorage.removeItem(CARRY); } catch (e) { /* nothing kept */ }
  }

  function navigationType() {
    var nav = window.performance && performance.getEntriesByType && performance.getEntriesByType('navigation')[0];
    return nav ? nav.type : 'navigate';
  }

  // The answer to a form sent by POST that shows errors: the server rendered the form as sent, so that is kept.
  function refusedAnswer() {
    if (!meta('certcopy-address')) { return false; }
    return Array.prototype.some.call(document.querySelectorAll('#main .error, #main .msg.bad'), function (el) {
      return el.textContent.trim() !== '';
    });
  }

  function refillCarried() {
    if (document.body.classList.contains('login-page')) { forgetTyping(); return; }
    var kept = readKept();
    var here = location.pathname;
    var type = navigationType();
    var switched = kept.switched === here;
    delete kept.switched;
    if (kept.sent && type === 'navigate') { delete kept.pages[kept.sent]; } // sent: this load is its answer
    delete kept.sent;
    var forms = kept.pages[here];
    var again = switched || type === 'reload' || type === 'back_forward';
    if (again && forms) {
      document.querySelectorAll('form[data-carry]').forEach(function (f) {
        if (forms[formKey(f)]) { fill(f, forms[formKey(f)]); }
      });
    }
    if (!(again && forms) && !refusedAnswer()) { delete kept.pages[here]; }
    if (refusedAnswer()) { keepTyping(kept); } else { writeKept(kept); }
  }

  function setUpKeeping() {
    // on the document, so the page's own handlers (rows added, sections shown) have run before
    var save = function (e) {
      var form = e.target.form || (e.target.closest && e.target.closest('form'));
      if (form && form.hasAttribute('data-carry')) { keepTyping(); }
    };
    document.addEventListener('input', save);
    document.addEventListener('change', save);
    document.addEventListener('click', save); // rows added or removed
    document.querySelectorAll('form[data-carry]').forEach(function (f) {
      f.addEventListener('submit', function () {
        var kept = keepTyping();
        kept.sent = location.pathname;
        writeKept(kept);
      });
    });
  }

  function setUpLanguageSwitch() {
    var form = document.querySelector('header form.lang');
    if (!form) { return; }
    var carry = function () {
      var kept = keepTyping();
      kept.switched = location.pathname;
      writeKept(kept);
    };
    form.addEventListener('submit', carry);
    // A mouse or touch choice applies at once. Arrow keys change the value step by step (kk → ru → en), so a
    // keyboard choice waits for Enter or the Apply button instead of loading every language on the way.
    var select = form.querySelector('select');
    var byKeys = false;
    select.addEventListener('pointerdown', function () { byKeys = false; });
    select.addEventListener('keydown', function (e) {
      byKeys = true;
      var chosen = select.options[select.selectedIndex];
      if (e.key === 'Enter' && chosen && !chosen.defaultSelected) {
        e.preventDefault();
        form.requestSubmit();
      }
    });
    select.addEventListener('change', function () {
      if (byKeys) { return; }
      carry();
      form.submit();
    });
    var signOut = document.getElementById('sign-out');
    if (signOut) { signOut.addEventListener('submit', forgetTyping); }
  }

  // A form is sent once: a second click (a double click, or an impatient one while the server is busy) would
  // register a second request or refuse/certify again. The submitter stays enabled (a disabled button would drop
  // its name=value from the form); a page shown again by the Back button may be sent again.
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (e.defaultPrevented) { return; }
    if (form.dataset.sending) { e.preventDefault(); return; }
    form.dataset.sending = 'yes';
    form.setAttribute('aria-busy', 'true');
  });
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form[data-sending]').forEach(function (f) {
      delete f.dataset.sending;
      f.removeAttribute('aria-busy');
    });
  });

  document.addEventListener('DOMContentLoaded', function () {
    // Today: refresh the table every 30 s without losing the clerk's focus elsewhere.
    var rows = document.getElementById('today-rows');
    if (rows) {
      setInterval(function () {
        fetch(rows.dataset.refresh, { credentials: 'same-origin' }).then(function (r) {
          if (r.ok && !r.redirected) { return r.text(); }
          if (signInPage(r)) { window.certcopySession(401, ''); }
          return null;
        }).then(function (html) {
          if (!html) { return; }
          var box = document.createElement('div');
          box.innerHTML = html;
          var fresh = box.querySelector('#today-rows') || box;
          rows.innerHTML = fresh.innerHTML;
        }).catch(function () { /* offline: keep what is shown */ });
      }, 30000);
    }

    var consent = document.getElementById('consent-scan-form');
    if (consent) { setUpConsentScan(consent); }

    var wizard = document.getElementById('wizard');
    if (wizard) { setUpWizard(wizard); }

    restoreUnsent();
    refillCarried();
    setUpKeeping();
    setUpLanguageSwitch();
    setUpSignIn();
  });

  // A sign-in page left open for hours (or older than a sign-in in another tab) holds the CSRF token of a session
  // that is gone, so its first press would only land on /login?expired. On submit, take the token of a freshly
  // rendered sign-in page (same origin: this also starts the session it belongs to) and send with it. Should that
  // fetch fail, the form goes as it is and the server's /login?expired path remains the fallback.
  function setUpSignIn() {
    if (!document.body.classList.contains('login-page')) { return; }
    var form = document.querySelector('#main form[method="post"]');
    var token = form && form.querySelector('input[name="_csrf"]');
    if (!token) { return; }
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (form.dataset.sending) { return; }
      form.dataset.sending = 'yes';
      form.setAttribute('aria-busy', 'true');
      fetch(form.action, { credentials: 'same-origin', cache: 'no-store' }).then(function (r) {
        return r.ok ? r.text() : '';
      }).then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var fresh = page.querySelector('input[name="_csrf"]') || page.querySelector('meta[name="_csrf"]');
        var value = fresh && (fresh.value || fresh.content);
        if (value) { token.value = value; }
      }).catch(function () { /* offline or refused: send as it is */ }).then(function () {
        form.submit(); // submit() fires no submit event, so this handler does not run again
      });
    });
  }

  // The signed consent (Annex 1) scan goes straight to the API with the session and its CSRF token; then the
  // consent section is fetched again so its status (attached ✓, when, by whom; replace) is the server's.
  function setUpConsentScan(form) {
    var input = form.querySelector('input[type=file]');
    input.addEventListener('change', function () {
      var msg = document.getElementById('consent-msg');
      if (!input.files.length) { return; }
      var name = input.files[0].name;
      var data = new FormData();
      data.append('file', input.files[0], name);
      var h = { Accept: 'application/json' };
      var c = window.certcopyCsrf();
      if (c) { h[c.header] = c.token; }
      fetch(form.dataset.action, { method: 'POST', credentials: 'same-origin', headers: h, body: data })
        .then(function (r) {
          return r.text().then(function (txt) {
            if (r.ok) { return refreshConsent(form.dataset.done + ' (' + name + ')'); }
            window.certcopySession(r.status, txt);
            var j = {};
            try { j = JSON.parse(txt); } catch (e) { /* not JSON */ }
            msg.textContent = j.detail || j.code || r.status;
            msg.className = 'msg bad';
          });
        }).catch(function () { msg.className = 'msg bad'; msg.textContent = '✕'; });
    });
  }

  function refreshConsent(done) {
    return fetch(location.pathname, { credentials: 'same-origin' }).then(function (r) {
      if (signInPage(r)) { window.certcopySession(401, ''); }
      return r.ok && !r.redirected ? r.text() : '';
    })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('consent');
        var section = document.getElementById('consent');
        if (fresh && section) { section.innerHTML = fresh.innerHTML; }
        var form = document.getElementById('consent-scan-form');
        if (form) { setUpConsentScan(form); }
        // the file control the clerk used was redrawn: focus its successor (replace) or the status, not <body>
        if (!document.activeElement || document.activeElement === document.body) {
          var next = document.getElementById('consent-file') || document.getElementById('consent-scan');
          if (next && next.id === 'consent-scan') { next.tabIndex = -1; }
          if (next) { next.focus(); }
        }
        var msg = document.getElementById('consent-msg');
        msg.textContent = done;
        msg.className = 'msg good';
      });
  }

  function setUpWizard(form) {
    var kindInputs = form.querySelectorAll('input[name="kind"]');
    function kind() {
      var k = form.querySelector('input[name="kind"]:checked');
      return k ? k.value : 'INDIVIDUAL';
    }
    function showKind() {
      form.classList.toggle('legal', kind() === 'LEGAL_ENTITY');
      check(document.getElementById('applicantId'), kind(), document.getElementById('applicantId-msg'));
    }
    kindInputs.forEach(function (i) { i.addEventListener('change', showKind); });
    form.classList.toggle('legal', kind() === 'LEGAL_ENTITY');

    // IIN/BIN checked as typed: the server says why a number is wrong, in the clerk's language.
    function check(input, k, msg) {
      if (!input.value) { msg.textContent = ''; msg.className = 'msg'; input.removeAttribute('aria-invalid'); return; }
      clearTimeout(input.checkTimer); // one timer per field: checking one never cancels the other's check
      input.checkTimer = setTimeout(function () {
        // POST, the number in the body: an IIN never appears in a URL
        var h = { Accept: 'application/json' };
        var c = window.certcopyCsrf();
        if (c) { h[c.header] = c.token; }
        fetch('/requests/check-id', { method: 'POST', credentials: 'same-origin', headers: h,
          body: new URLSearchParams({ kind: k, value: input.value }) })
          .then(function (r) {
            if (signInPage(r)) { window.certcopySession(401, ''); throw new Error('session'); }
            return r.json();
          })
          .then(function (j) {
            msg.textContent = j.message;
            msg.className = 'msg ' + (j.valid ? 'good' : 'bad');
            input.setAttribute('aria-invalid', j.valid ? 'false' : 'true');
          }).catch(function () {});
      }, 150);
    }
    var id = document.getElementById('applicantId');
    id.addEventListener('input', function () { check(id, kind(), document.getElementById('applicantId-msg')); });
    var rep = document.getElementById('repIin');
    rep.addEventListener('input', function () { check(rep, 'INDIVIDUAL', document.getElementById('repIin-msg')); });

    var represented = document.getElementById('represented');
    var repFields = document.getElementById('rep-fields');
    function showRep() { repFields.hidden = !represented.checked; }
    represented.addEventListener('change', showRep);
    showRep();

    // Originals: add or remove rows; numbers follow.
    var body = form.querySelector('#docs tbody');
    function renumber() {
      body.querySelectorAll('tr').forEach(function (tr, i) { tr.querySelector('.num').textContent = i + 1; });
    }
    document.getElementById('add-doc').addEventListener('click', function () {
      var first = body.querySelector('tr');
      var row = first.cloneNode(true);
      row.querySelectorAll('input').forEach(function (i) { i.value = ''; i.removeAttribute('id'); });
      body.appendChild(row);
      renumber();
      row.querySelector('input').focus();
    });
    body.addEventListener('click', function (e) {
      if (!e.target.classList.contains('remove-doc')) { return; }
      var rows = body.querySelectorAll('tr');
      var tr = e.target.closest('tr');
      if (rows.length > 1) { tr.remove(); } else { tr.querySelectorAll('input').forEach(function (i) { i.value = ''; }); }
      renumber();
    });
  }
})();
