// Scanning one original: upload (several files, one request each so a bad file never drops the others),
// thumbnails with quality hints, reorder by dragging (pointer events) or with the arrow buttons, turn, delete.
// Everything goes through the intake API with the session and its CSRF token; the server holds the state,
// so a reload or a lost connection loses nothing already uploaded.
(function () {
  'use strict';
  var box = document.getElementById('scanner');
  if (!box) { return; }
  var api = box.dataset.api;
  var editable = box.dataset.editable === 'true';
  var t = box.dataset;
  var list = document.getElementById('pages');
  var status = document.getElementById('pages-status');
  var uploads = document.getElementById('uploads');
  var pages = [];

  function headers(json) {
    var h = { Accept: 'application/json' };
    var c = window.certcopyCsrf();
    if (c) { h[c.header] = c.token; }
    if (json) { h['Content-Type'] = 'application/json'; }
    return h;
  }

  function problem(text) {
    try { var j = JSON.parse(text); return j.detail || j.code || t.tFailed; } catch (e) { return t.tFailed; }
  }

  function call(method, path, body) {
    return fetch(api + path, {
      method: method, credentials: 'same-origin', headers: headers(body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (r) {
      if (r.status === 204) { return null; }
      return r.text().then(function (txt) {
        if (!r.ok) { window.certcopySession(r.status, txt); throw new Error(problem(txt)); }
        return txt ? JSON.parse(txt) : null;
      });
    }, function () { throw new Error(t.tOffline); });
  }

  function say(text, bad) {
    status.textContent = text || '';
    status.className = 'msg' + (bad ? ' bad' : '');
  }

  function render(views) {
    pages = views;
    list.innerHTML = '';
    if (!views.length) {
      var empty = document.createElement('li');
      empty.className = 'empty';
      empty.textContent = t.tNone;
      list.appendChild(empty);
      return;
    }
    views.forEach(function (p, i) {
      var li = document.createElement('li');
      li.className = 'page' + (p.hints.length ? ' has-hints' : '');
      li.dataset.id = p.id;
      var a = document.createElement('a');
      a.href = api + '/preview.pdf#page=' + (i + 1);
      a.target = '_blank';
      a.rel = 'noopener';
      a.className = 'thumb';
      a.draggable = false; // a link would start the browser's own drag and cancel the pointer drag
      var img = document.createElement('img');
      img.src = p.thumbnail + '?r=' + p.rotation;
      img.alt = t.tPage + ' ' + (i + 1);
      img.draggable = false;
      a.appendChild(img);
      li.appendChild(a);
      var cap = document.createElement('div');
      cap.className = 'cap';
      cap.textContent = t.tPage + ' ' + (i + 1) + (p.dpi ? ' · ' + Math.round(p.dpi) + ' dpi' : '');
      li.appendChild(cap);
      p.hints.forEach(function (h) {
        var hint = document.createElement('div');
        hint.className = 'hint-badge';
        hint.dataset.code = h.code;
        hint.textContent = h.message;
        li.appendChild(hint);
      });
      if (editable) {
        var tools = document.createElement('div');
        tools.className = 'tools';
        tools.appendChild(button('←', t.tLeft + ' (' + t.tPage + ' ' + (i + 1) + ')', 'move-left', function () { move(i, -1); }, i === 0));
        tools.appendChild(button('→', t.tRight + ' (' + t.tPage + ' ' + (i + 1) + ')', 'move-right', function () { move(i, 1); }, i === views.length - 1));
        tools.appendChild(button('↻', t.tRotate + ' (' + t.tPage + ' ' + (i + 1) + ')', 'rotate', function () { rotate(p); }));
        tools.appendChild(button('✕', t.tDelete + ' (' + t.tPage + ' ' + (i + 1) + ')', 'delete', function () { remove(p); }));
        li.appendChild(tools);
      }
      list.appendChild(li);
    });
  }

  function button(text, label, cls, onClick, disabled) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'small ' + cls;
    b.textContent = text;
    b.title = label;
    b.setAttribute('aria-label', label);
    b.disabled = !!disabled;
    b.addEventListener('click', onClick);
    return b;
  }

  function load() {
    return call('GET', '/pages').then(render, function (e) { say(e.message, true); });
  }

  function order(ids, focusId, cls) {
    return call('PUT', '/pages/order', { pageIds: ids }).then(function (views) {
      render(views);
      say(t.tMoved);
      if (focusId) {
        var b = list.querySelector('li[data-id="' + focusId + '"] .' + cls);
        if (b && !b.disabled) { b.focus(); }
      }
    }, function (e) { say(e.message, true); load(); });
  }

  function move(i, delta) {
    var ids = pages.map(function (p) { return p.id; });
    var j = i + delta;
    if (j < 0 || j >= ids.length) { return; }
    var x = ids[i]; ids[i] = ids[j]; ids[j] = x;
    order(ids, x, delta < 0 ? 'move-left' : 'move-right');
  }

  // The list is drawn anew after a change, which takes the pressed button away: put the keyboard focus on the
  // same kind of button of the page at index i (the last one if the list got shorter), or on the file picker when
  // no page is left, rather than letting it fall to <body>. Not if the clerk has moved on meanwhile.
  function refocus(i, cls) {
    if (document.activeElement && document.activeElement !== document.body) { return; }
    var items = list.querySelectorAll('li.page');
    var target = items.length ? items[Math.min(i, items.length - 1)].querySelector('.' + cls)
      : document.getElementById('files');
    if (target) { target.focus(); }
  }

  function rotate(p) {
    var i = pages.indexOf(p);
    call('POST', '/pages/' + p.id + '/rotation', { degrees: (p.rotation + 90) % 360 })
      .then(function (views) { render(views); refocus(i, 'rotate'); }, function (e) { say(e.message, true); });
  }

  function remove(p) {
    if (!window.confirm(t.tConfirm)) { return; }
    var i = pages.indexOf(p);
    call('DELETE', '/pages/' + p.id).then(function () {
      return load().then(function () { refocus(i, 'delete'); });
    }, function (e) { say(e.message, true); });
  }

  // Drag to reorder, with pointer events (mouse, pen and touch alike; HTML5 drag-and-drop is kept for files from
  // the desktop only): press on a page and move it; a bar shows where it will land; release saves the order,
  // Escape (or the browser taking the touch for scrolling) cancels. The arrow buttons do the same by keyboard.
  var drag = null;          // { li, id, x0, y0, moving, index }
  var marker = document.createElement('div');
  marker.className = 'drop-marker';
  marker.setAttribute('aria-hidden', 'true');
  var swallowClick = false; // the click that ends a drag must not open the page's preview

  function others() {
    return Array.prototype.filter.call(list.querySelectorAll('li.page'), function (li) { return li !== drag.li; });
  }

  // Where the page would land among the others: before the first page further down the list than the pointer
  // (a later row, or the same row right of the pointer's page centre), else at the end.
  function dropIndex(x, y) {
    var items = others();
    for (var i = 0; i < items.length; i++) {
      var r = items[i].getBoundingClientRect();
      if (y < r.top || (y <= r.bottom && x < r.left + r.width / 2)) { return i; }
    }
    return items.length;
  }

  function showMarker(index) {
    var items = others();
    var box = list.getBoundingClientRect();
    var ref = items[Math.min(index, items.length - 1)];
    if (!ref) { marker.remove(); return; }
    var r = ref.getBoundingClientRect();
    var left = index < items.length ? r.left - 9 : r.right + 5;
    marker.style.left = (left - box.left) + 'px';
    marker.style.top = (r.top - box.top) + 'px';
    marker.style.height = r.height + 'px';
    if (!marker.parentNode) { list.appendChild(marker); }
  }

  function endDrag() {
    if (!drag) { return; }
    drag.li.classList.remove('dragging');
    drag.li.style.transform = '';
    list.classList.remove('reordering');
    marker.remove();
    document.removeEventListener('keydown', onKey, true);
    drag = null;
  }

  function cancelDrag() {
    if (drag && drag.moving) { say(t.tCancelled); }
    endDrag();
  }

  function onKey(e) {
    if (e.key === 'Escape' && drag) {
      e.preventDefault();
      e.stopPropagation();
      if (drag.moving) { swallowClick = true; }
      cancelDrag();
    }
  }

  list.addEventListener('pointerdown', function (e) {
    if (drag && !drag.moving) { endDrag(); } // a press released outside the list without moving
    var li = e.target.closest('li.page');
    if (!editable || !li || drag || e.target.closest('button') || (e.pointerType === 'mouse' && e.button !== 0)) {
      return;
    }
    drag = { li: li, id: li.dataset.id, x0: e.clientX, y0: e.clientY, moving: false, index: -1 };
    document.addEventListener('keydown', onKey, true);
  });
  list.addEventListener('pointermove', function (e) {
    if (!drag) { return; }
    var dx = e.clientX - drag.x0;
    var dy = e.clientY - drag.y0;
    if (!drag.moving) {
      if (Math.abs(dx) + Math.abs(dy) < 6) { return; } // a click or a shaky press is not a drag
      drag.moving = true;
      drag.li.classList.add('dragging');
      list.classList.add('reordering');
      try { drag.li.setPointerCapture(e.pointerId); } catch (x) { /* pointer already gone */ }
    }
    e.preventDefault();
    drag.li.style.transform = 'translate(' + dx + 'px,' + dy + 'px)';
    drag.index = dropIndex(e.clientX, e.clientY);
    showMarker(drag.index);
  });
  list.addEventListener('pointerup', function () {
    if (!drag) { return; }
    if (!drag.moving) { endDrag(); return; }
    swallowClick = true;
    var ids = others().map(function (li) { return li.dataset.id; });
    var id = drag.id;
    ids.splice(drag.index, 0, id);
    endDrag();
    var before = pages.map(function (p) { return p.id; });
    if (ids.join() !== before.join()) { order(ids, id, 'move-left'); }
  });
  list.addEventListener('pointercancel', cancelDrag);
  list.addEventListener('click', function (e) {
    if (swallowClick) { e.preventDefault(); e.stopPropagation(); swallowClick = false; }
  }, true);
  list.addEventListener('pointerdown', function () { swallowClick = false; }, true);

  // Uploads: one request per file, two at a time; each file shows its own progress and its own error.
  var queue = [];
  var running = 0;
  function enqueue(files) {
    Array.prototype.forEach.call(files, function (f) {
      var li = document.createElement('li');
      var name = document.createElement('span');
      name.className = 'name';
      name.textContent = f.name;
      var bar = document.createElement('progress');
      bar.max = 100;
      bar.value = 0;
      bar.setAttribute('aria-label', f.name);
      var msg = document.createElement('span');
      msg.className = 'msg';
      li.appendChild(name); li.appendChild(bar); li.appendChild(msg);
      uploads.appendChild(li);
      queue.push({ file: f, li: li, bar: bar, msg: msg });
    });
    pump();
  }
  function pump() {
    while (running < 2 && queue.length) {
      running++;
      send(queue.shift());
    }
  }
  function send(job) {
    var xhr = new XMLHttpRequest();
    xhr.open('POST', api + '/scans');
    var h = headers(false);
    Object.keys(h).forEach(function (k) { xhr.setRequestHeader(k, h[k]); });
    xhr.upload.onprogress = function (e) { if (e.lengthComputable) { job.bar.value = Math.round(100 * e.loaded / e.total); } };
    xhr.onload = function () {
      if (xhr.status === 201) {
        job.bar.value = 100;
        job.li.className = 'done';
        var res = JSON.parse(xhr.responseText);
        job.msg.textContent = t.tDone + (res.notices.length ? ' — ' + res.notices.map(function (n) { return n.message; }).join('; ') : '');
        render(res.pages);
      } else {
        job.li.className = 'failed';
        job.msg.textContent = problem(xhr.responseText);
        window.certcopySession(xhr.status, xhr.responseText);
      }
      finish();
    };
    xhr.onerror = function () {
      job.li.className = 'failed'; job.msg.textContent = t.tOffline; finish();
      window.certcopySessionProbe(api + '/pages'); // refused early because the session ended?
    };
    var data = new FormData();
    data.append('file', job.file, job.file.name);
    xhr.send(data);
  }
  // Parallel uploads may answer with lists taken before the other file was stored: re-read once all are done.
  function finish() {
    running--;
    pump();
    if (running === 0 && !queue.length) { load(); }
  }

  if (editable) {
    var input = document.getElementById('files');
    input.addEventListener('change', function () { enqueue(input.files); input.value = ''; });
    var zone = document.getElementById('dropzone');
    zone.addEventListener('dragover', function (e) {
      e.preventDefault(); zone.classList.add('over');
    });
    zone.addEventListener('dragleave', function () { zone.classList.remove('over'); });
    zone.addEventListener('drop', function (e) {
      e.preventDefault(); zone.classList.remove('over');
      enqueue(e.dataTransfer.files);
    });
    zone.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); input.click(); }
    });
  }
  load();
})();
