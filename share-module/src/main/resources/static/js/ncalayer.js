// Certifying with the clerk's own key through NCALayer, in the platform's two steps (protocol facts and sources:
// the design note NCALAYER.md):
// 1) the signing session starts on the server (POST …/originals/{n}/signing) — without a certificate, so the server
//    uses the one of the clerk's last NCALayer certification; only when it has none usable (409
//    NCALAYER_KEY_UNKNOWN) is NCALayer asked for the key's certificate (commonUtils.getKeyInfo — the basics module
//    has no call that returns a certificate without signing) and the session started with it. getKeyInfo opens
//    NCALayer's password dialog too: skipping it leaves two dialogs per copy instead of three;
// 2) for each step (PAdES, then the detached CAdES over the signed PDF) the server gives contentDigest, made with
//    the digest of the clerk's key, and the certificate's serial number; NCALayer signs that hash (basics.sign,
//    digested, only that key selectable) and the CMS goes back (PUT /api/v1/signings/{id}); the server answers 202
//    with the next step or 201 with the certified copy.
// The server checks everything again (IIN of the clerk, role, chain, revocation, the CMS itself); nothing the page
// says is trusted. The PIN/password is typed in NCALayer's own window; this page never sees it.
(function () {
  'use strict';
  var EKU_SIGN = '1.3.6.1.5.5.7.3.4'; // emailProtection: NCA RK signing keys (authentication keys are clientAuth)
  var texts = document.getElementById('ncalayer-texts');
  if (!texts) { return; }
  var t = texts.dataset;
  // wss://127.0.0.1:13579/ by default; configurable (certcopy.web.ncalayer.url) so tests can use a stand-in
  var URL = t.url || 'wss://127.0.0.1:13579/';

  // kind: notRunning, cancelled, failed (NCALayer) or server (detail = the server's message, code = its code)
  function NcaError(kind, detail, code) { this.kind = kind; this.detail = detail; this.code = code; }

  // After signing with the remembered key failed (Cancel, an NCALayer error, the server refusing the signature), the
  // next attempt on this page lets the clerk choose the key again (getKeyInfo): with a renewed key NCALayer offers
  // none that matches the remembered serial number, and Cancel would otherwise be all the clerk could ever do.
  var chooseKey = false;

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

  // One request, one answer (NCALayer has no request ids; calls are made one after another on one socket).
  // The greeting {result:{version}} and heartbeats are skipped.
  function send(ws, message, answer) {
    return new Promise(function (resolve, reject) {
      ws.onmessage = function (e) {
        if (e.data === '--heartbeat--') { return; }
        var j;
        try { j = JSON.parse(e.data); } catch (x) { reject(new NcaError('failed')); return; }
        if (j.result && j.result.version && !('code' in j) && !('status' in j)) { return; }
        try { resolve(answer(j)); } catch (err) { reject(err); }
      };
      ws.onclose = function () { reject(new NcaError('notRunning')); };
      ws.send(JSON.stringify(message));
    });
  }

  // commonUtils: {code:"200", responseObject} or {code:"500", message}; Cancel is message "action.canceled".
  function common(ws, method, args) {
    return send(ws, { module: 'kz.gov.pki.knca.commonUtils', method: method, args: args }, function (j) {
      if (j.code === '200') { return j.responseObject; }
      var m = String(j.message || j.errorCode || '');
      throw new NcaError(m === 'action.canceled' ? 'cancelled' : 'failed', m);
    });
  }

  // basics.sign over a hash computed by the server with the key's own digest (Streebog-512 for GOST 2015, SHA-256
  // for RSA), so a 20-page scan never crosses the socket (NCALayer limits message size):
  //  - decode:true (data is base64), digested:true (data already is the hash; the result is then a detached CMS),
  //    encapsulate:false (detached: the server embeds it in the PDF or keeps it as the .p7s);
  //  - no tsaProfile: the server time-stamps with its own configured TSA (certcopy.signing.tsa-url), which it
  //    trusts and whose token fits the room reserved in the PDF;
  //  - signerParams: only signing keys (EKU emailProtection) of the signed-in clerk's IIN with the serial number of
  //    the certificate the server prepared the step for are selectable, the rest are greyed out in NCALayer's
  //    dialog (a key other than that certificate's could never complete the step); chain:[] lets NCALayer offer keys outside the production NCA chain,
  //    which test keys are — only where test keys are configured (certcopy.web.ncalayer.test-keys); without it
  //    NCALayer offers only keys of the production NCA;
  //  - locale: NCALayer's dialog speaks kk and ru only, so English pages get the Russian dialog.
  // Answers: {status:true, body:{result: PEM CMS}}; Cancel = {status:true, body:{}}; {status:false, code, message}.
  function signHash(ws, storage, digestBase64, serialNumber) {
    var signer = { extKeyUsageOids: [EKU_SIGN], iin: t.iin || '' };
    // certcopy.web.ncalayer.select-by-serial (on by default): only that key is selectable
    if (t.selectBySerial !== 'false') { signer.serialNumber = serialNumber || ''; }
    if (t.testKeys === 'true') { signer.chain = []; }
    var message = { module: 'kz.gov.pki.knca.basics', method: 'sign', args: {
      allowedStorages: [storage], format: 'cms', data: digestBase64,
      signingParams: { decode: true, encapsulate: false, digested: true },
      signerParams: signer, locale: t.lang === 'kk' ? 'kk' : 'ru' } };
    return send(ws, message, function (j) {
      if (j.status === true && j.body && typeof j.body.result === 'string') { return unarmour(j.body.result); }
      if (j.status === true) { throw new NcaError('cancelled'); }
      throw new NcaError('failed', String(j.code || j.errorCode || ''));
    });
  }

  // NCALayer returns the CMS PEM-armoured; the platform takes plain base64 (a MIME base64 decoder would read the
  // letters of "BEGIN CMS" as data), so only the base64 between the armour lines is sent.
  function unarmour(pem) {
    return pem.replace(/-----(BEGIN|END) [A-Z0-9 ]+-----/g, '').replace(/\s+/g, '');
  }

  function api(method, path, body) {
    var h = { 'Content-Type': 'application/json', Accept: 'application/json' };
    var c = window.certcopyCsrf();
    if (c) { h[c.header] = c.token; }
    return fetch(path, { method: method, credentials: 'same-origin', headers: h, body: JSON.stringify(body) })
      .then(function (r) {
        return r.text().then(function (txt) {
          var j = {};
          try { j = txt ? JSON.parse(txt) : {}; } catch (x) { j = {}; }
          if (!r.ok) { throw new NcaError('server', j.detail || j.code || String(r.status), j.code); }
          return { status: r.status, body: j };
        });
      });
  }

  function certify(button) {
    var request = button.dataset.request;
    var n = button.dataset.original;
    var start = '/api/v1/requests/' + request + '/originals/' + n + '/signing';
    var row = button.closest('tr');
    var out = row && row.querySelector('.ncalayer-msg');
    var ws = null;
    var storage = 'PKCS12';
    var remembered = false; // this attempt signs with the certificate the server remembered
    var signing = false;    // the server accepted the certificate; NCALayer is signing
    function say(text, bad) {
      if (!out) { return; }
      out.textContent = text;
      out.className = 'ncalayer-msg ' + (bad ? 'error' : 'notice');
    }
    // the key NCALayer reports (its own key/password dialog) starts the session
    function startWithKeyInfo() {
      remembered = false;
      return common(ws, 'getKeyInfo', [storage]).then(function (key) {
        return api('POST', start, { certificate: key.pem });
      });
    }
    button.disabled = true;
    say(t.working, false);
    connect().then(function (socket) {
      ws = socket;
      return common(ws, 'changeLocale', [t.lang === 'kk' ? 'kz' : t.lang]).catch(function () { return null; });
    }).then(function () {
      // a plugged-in token (KAZTOKEN, ID card…) if any, else a key file
      return common(ws, 'getActiveTokens', []).catch(function () { return []; });
    }).then(function (tokens) {
      if (tokens && tokens.length) { storage = tokens[0]; }
      if (chooseKey) { return startWithKeyInfo(); }
      remembered = true;
      return api('POST', start, {}).catch(function (e) {
        // nothing remembered (first NCALayer certification), or no longer usable: ask NCALayer once
        if (e instanceof NcaError && e.code === 'NCALAYER_KEY_UNKNOWN') { return startWithKeyInfo(); }
        throw e;
      });
    }).then(function next(res) {
      if (res.status === 201 && !res.body.contentDigest) { return res; }
      var step = res.body;
      signing = true;
      return signHash(ws, storage, step.contentDigest, step.certificateSerialNumber)
        .then(function (cms) { return api('PUT', step.next, { signature: cms }); })
        .then(next);
    }).then(function () {
      window.location.href = '/requests/' + request + '?certified=' + n;
    }).catch(function (e) {
      var kind = e instanceof NcaError ? e.kind : 'failed';
      var text;
      if (kind === 'server') { text = e.detail; }
      else if (kind === 'notRunning') { text = t.notRunning; }
      else if (kind === 'cancelled') { text = t.cancelled; }
      else { text = t.failed + (e.detail ? ' (' + e.detail + ')' : ''); }
      if (remembered && signing && kind !== 'notRunning') {
        chooseKey = true;
        text += ' ' + t.chooseKey;
      }
      say(text, true);
      button.disabled = false;
      button.focus();
    }).then(function () { if (ws) { try { ws.close(); } catch (x) { /* closed */ } } });
  }

  document.querySelectorAll('.certify-ncalayer').forEach(function (b) {
    b.addEventListener('click', function () { certify(b); });
  });
})();
