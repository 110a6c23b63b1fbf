// Certifying with the clerk's own key through NCALayer (wss://127.0.0.1:13579), in the platform's two steps:
// 1) the key's certificate (commonUtils.getKeyInfo) starts the signing session on the server;
// 2) for each step the server gives contentDigest, NCALayer signs it (createCAdESFromBase64Hash) and the CMS goes
//    back; the server answers 202 with the next step or 201 with the certified copy.
// The PIN/password is typed in NCALayer's own window; this page never sees it.
(function () {
  'use strict';
  var URL = 'wss://127.0.0.1:13579/';
  var texts = document.getElementById('ncalayer-texts');
  var out = document.getElementById('ncalayer-msg');
  if (!texts || !out) { return; }
  var t = texts.dataset;

  function say(text, bad) {
    out.textContent = text;
    out.className = bad ? 'error' : 'notice';
  }

  function NcaError(kind, detail) { this.kind = kind; this.detail = detail; }

  function connect() {
    return new Promise(function (resolve, reject) {
      var ws;
      try { ws = new WebSocket(URL); } catch (e) { reject(new NcaError('notRunning')); return; }
      var opened = false;
      ws.onopen = function () { opened = true; resolve(ws); };
      ws.onerror = function () { if (!opened) { reject(new NcaError('notRunning')); } };
      ws.onclose = function () { if (!opened) { reject(new NcaError('notRunning')); } };
    });
  }

  // One request, one answer; the greeting ({result:{version}}) and heartbeats are skipped.
  function call(ws, message) {
    return new Promise(function (resolve, reject) {
      ws.onmessage = function (e) {
        if (e.data === '--heartbeat--') { return; }
        var j;
        try { j = JSON.parse(e.data); } catch (x) { reject(new NcaError('failed')); return; }
        if (j.result && j.result.version && !('code' in j)) { return; }
        if (j.code === '200') { resolve(j.responseObject); return; }
        var m = String(j.message || '');
        reject(new NcaError(/cancel/i.test(m) ? 'cancelled' : 'failed', m));
      };
      ws.onclose = function () { reject(new NcaError('notRunning')); };
      ws.send(JSON.stringify(message));
    });
  }

  function api(method, path, body) {
    var h = { 'Content-Type': 'application/json', Accept: 'application/json' };
    var c = window.certcopyCsrf();
    if (c) { h[c.header] = c.token; }
    return fetch(path, { method: method, credentials: 'same-origin', headers: h, body: JSON.stringify(body) })
      .then(function (r) {
        return r.text().then(function (txt) {
          var j = txt ? JSON.parse(txt) : {};
          if (!r.ok) { throw new NcaError('server', j.detail || j.code); }
          return { status: r.status, body: j };
        });
      });
  }

  function certify(button) {
    var request = button.dataset.request;
    var n = button.dataset.original;
    var ws = null;
    button.disabled = true;
    say(t.working, false);
    connect().then(function (socket) {
      ws = socket;
      return call(ws, { module: 'kz.gov.pki.knca.commonUtils', method: 'changeLocale', args: [t.lang === 'kk' ? 'kz' : t.lang] })
        .catch(function () { return null; });
    }).then(function () {
      return call(ws, { module: 'kz.gov.pki.knca.commonUtils', method: 'getKeyInfo', args: ['PKCS12'] });
    }).then(function (key) {
      return api('POST', '/api/v1/requests/' + request + '/originals/' + n + '/signing', { certificate: key.pem });
    }).then(function next(res) {
      if (res.status === 201) { return res; }
      var step = res.body;
      return call(ws, { module: 'kz.gov.pki.knca.commonUtils', method: 'createCAdESFromBase64Hash',
        args: ['PKCS12', 'SIGNATURE', step.contentDigest] })
        .then(function (cms) { return api('PUT', step.next, { signature: cms }); })
        .then(next);
    }).then(function () {
      window.location.href = '/requests/' + request + '?certified=' + n;
    }).catch(function (e) {
      var kind = e instanceof NcaError ? e.kind : 'failed';
      if (kind === 'server') { say(e.detail, true); }
      else if (kind === 'notRunning') { say(t.notRunning, true); }
      else if (kind === 'cancelled') { say(t.cancelled, true); }
      else { say(t.failed + (e.detail ? ' (' + e.detail + ')' : ''), true); }
      button.disabled = false;
      button.focus();
    }).then(function () { if (ws) { try { ws.close(); } catch (x) { /* closed */ } } });
  }

  document.querySelectorAll('.certify-ncalayer').forEach(function (b) {
    b.addEventListener('click', function () { certify(b); });
  });
})();
