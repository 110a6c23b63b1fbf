// CertCopy workspace: small helpers shared by the pages (no library).
(function () {
  'use strict';

  // The CSRF token of the signed-in session, for scripts that change something.
  window.certcopyCsrf = function () {
    var t = document.querySelector('meta[name="_csrf"]');
    var h = document.querySelector('meta[name="_csrf_header"]');
    return t && h ? { header: h.content, token: t.content } : null;
  };

  document.addEventListener('DOMContentLoaded', function () {
    // Today: refresh the table every 30 s without losing the clerk's focus elsewhere.
    var rows = document.getElementById('today-rows');
    if (rows) {
      setInterval(function () {
        fetch(rows.dataset.refresh, { credentials: 'same-origin' }).then(function (r) {
          if (r.ok && !r.redirected) { return r.text(); }
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
  });

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
            var j = {};
            try { j = JSON.parse(txt); } catch (e) { /* not JSON */ }
            msg.textContent = j.detail || j.code || r.status;
            msg.className = 'msg bad';
          });
        }).catch(function () { msg.className = 'msg bad'; msg.textContent = '✕'; });
    });
  }

  function refreshConsent(done) {
    return fetch(location.pathname, { credentials: 'same-origin' }).then(function (r) { return r.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('consent');
        var section = document.getElementById('consent');
        if (fresh && section) { section.innerHTML = fresh.innerHTML; }
        var form = document.getElementById('consent-scan-form');
        if (form) { setUpConsentScan(form); }
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
    var timer = null;
    function check(input, k, msg) {
      if (!input.value) { msg.textContent = ''; msg.className = 'msg'; input.removeAttribute('aria-invalid'); return; }
      clearTimeout(timer);
      timer = setTimeout(function () {
        fetch('/requests/check-id?kind=' + k + '&value=' + encodeURIComponent(input.value),
          { credentials: 'same-origin', headers: { Accept: 'application/json' } })
          .then(function (r) { return r.json(); })
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
