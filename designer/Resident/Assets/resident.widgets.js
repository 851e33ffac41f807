/* FormsEngine resident page, part 3 of 3: photos, signature, location, draft, and wiring on load. */
(function (w, d) {
  'use strict';
  var R = w.FormsEngineResident;
  if (!d || !d.querySelector || !R || !R.Page) { return; }

  /* ---- photos: downscale to MAX_SIDE, JPEG q 0.8, replacing the chosen file before upload ---- */
  function downscale(input, done) {
    var file = input.files && input.files[0], url, img;
    if (!file || !/^image\/(jpeg|png|webp)$/.test(file.type) || typeof w.DataTransfer === 'undefined' || !w.URL) { return; }
    function finish() { input.feScaling = false; done(); }
    input.feScaling = true;
    url = w.URL.createObjectURL(file);
    img = new w.Image();
    img.onload = function () {
      var scale = Math.min(1, R.MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight)), c = d.createElement('canvas');
      w.URL.revokeObjectURL(url);
      if (scale === 1 && file.size < 1024 * 1024) { finish(); return; }
      c.width = Math.round(img.naturalWidth * scale); c.height = Math.round(img.naturalHeight * scale);
      c.getContext('2d').drawImage(img, 0, 0, c.width, c.height);
      if (!c.toBlob) { finish(); return; }
      c.toBlob(function (blob) {
        if (blob && blob.size < file.size) {
          var dt = new w.DataTransfer();
          dt.items.add(new w.File([blob], file.name.replace(/\.[^.]*$/, '') + '.jpg', { type: 'image/jpeg', lastModified: file.lastModified }));
          input.files = dt.files;
        }
        finish();
      }, 'image/jpeg', 0.8);
    };
    img.onerror = function () { w.URL.revokeObjectURL(url); finish(); };
    img.src = url;
  }

  /* ---- signature pad: pointer strokes on a canvas, stored as a PNG data URL in the hidden input ---- */
  function signaturePad(box, page) {
    var q = R.closest(box, 'fe-q'), value = q.querySelector('.fe-sig-value'), canvas = box.querySelector('canvas'),
      note = q.querySelector('.fe-sig-note'), ctx = canvas.getContext && canvas.getContext('2d'), drawing = false, img;
    if (!ctx) { return; }
    box.hidden = false;
    note.textContent = value.value ? '已签名，可重新签名。' : '请用手指在框内签名。';
    ctx.lineWidth = 3; ctx.lineCap = 'round'; ctx.strokeStyle = '#111';
    if (value.value) { img = new w.Image(); img.onload = function () { ctx.drawImage(img, 0, 0); }; img.src = value.value; }
    function at(e) {
      var r = canvas.getBoundingClientRect();
      return { x: (e.clientX - r.left) * canvas.width / r.width, y: (e.clientY - r.top) * canvas.height / r.height };
    }
    canvas.addEventListener('pointerdown', function (e) {
      var p = at(e); drawing = true; ctx.beginPath(); ctx.moveTo(p.x, p.y);
      if (canvas.setPointerCapture) { canvas.setPointerCapture(e.pointerId); }
      e.preventDefault();
    });
    canvas.addEventListener('pointermove', function (e) { if (drawing) { var p = at(e); ctx.lineTo(p.x, p.y); ctx.stroke(); } });
    function end() {
      if (!drawing) { return; }
      drawing = false; value.value = canvas.toDataURL('image/png'); note.textContent = '已签名，可重新签名。';
      page.changed(q);
    }
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
    box.querySelector('.fe-sig-clear').onclick = function () {
      ctx.clearRect(0, 0, canvas.width, canvas.height); value.value = ''; note.textContent = '请用手指在框内签名。'; page.changed(q);
    };
  }

  /* ---- location: fills lat/lng (typed in by hand when this fails) ---- */
  function locate(btn, page) {
    var name = btn.getAttribute('data-for'), id = R.idOf(name), q = R.closest(btn, 'fe-q');
    if (!w.navigator.geolocation) { return; }
    btn.hidden = false;
    btn.onclick = function () {
      btn.textContent = '正在定位…'; btn.disabled = true;
      w.navigator.geolocation.getCurrentPosition(function (pos) {
        d.getElementById(id + '-lat').value = pos.coords.latitude.toFixed(6);
        d.getElementById(id + '-lng').value = pos.coords.longitude.toFixed(6);
        d.getElementById(id + '-accuracy').value = String(Math.round(pos.coords.accuracy));
        btn.textContent = '已获取位置（精度约 ' + Math.round(pos.coords.accuracy) + ' 米），点此重新获取'; btn.disabled = false;
        page.changed(q);
      }, function () {
        btn.textContent = '无法获取位置，请手动填写或重试'; btn.disabled = false;
      }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    };
  }

  /* ---- draft in localStorage: every named value except files and sensitive data (data-nodraft), restored on the next visit ---- */
  function saveDraft(page) {
    var els = page.form.elements, out = [], i, el, q;
    for (i = 0; i < els.length; i++) {
      el = els[i];
      if (!el.name || el.name.charAt(0) === '_' || el.hasAttribute('data-fe-meta') || el.type === 'file' || el.type === 'submit' || el.type === 'button') { continue; }
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) { continue; }
      if (el.type === 'hidden' && el.value === '' && !/\]$/.test(el.name)) { continue; }
      if ((q = R.closest(el, 'fe-q')) && q.hasAttribute('data-nodraft')) { continue; }
      out.push([el.name, el.value]);
    }
    try { w.localStorage.setItem(R.DRAFT + page.key, JSON.stringify({ saved: new Date().getTime(), fields: out })); } catch (e) { /* full or off */ }
  }

  function restoreDraft(page) {
    var raw, draft, i, name, value, m, group, els, k;
    try { raw = w.localStorage.getItem(R.DRAFT + page.key); } catch (e) { return false; }
    try { draft = raw && JSON.parse(raw); } catch (e2) { return false; }
    if (!draft || !(draft.fields instanceof Array)) { return false; }
    for (i = 0; i < draft.fields.length; i++) {
      m = /^(.*)\[(\d+)\]$/.exec(String(draft.fields[i][0]));
      group = m && page.form.querySelector('[data-name="' + m[1].replace(/["\\]/g, '') + '"]');
      while (group && R.children(group.querySelector('.fe-items'), 'fe-item').length <= parseInt(m[2], 10)) {
        if (!R.addItem(page, group)) { break; }
      }
    }
    for (i = 0; i < draft.fields.length; i++) {
      name = String(draft.fields[i][0]); value = String(draft.fields[i][1]);
      els = page.form.querySelectorAll('[name="' + name.replace(/["\\]/g, '') + '"]');
      for (k = 0; k < els.length; k++) {
        if (els[k].type === 'radio' || els[k].type === 'checkbox') { if (els[k].value === value) { els[k].checked = true; } } else if (els[k].type !== 'file') { els[k].value = value; }
      }
    }
    return true;
  }

  function notice(page) {
    var p = d.createElement('div'), b = d.createElement('button');
    p.className = 'fe-notice'; p.setAttribute('role', 'status'); p.textContent = '已恢复上次未提交的内容';
    b.type = 'button'; b.textContent = '清空重填';
    b.onclick = function () { R.clearDraft(page.key); w.location.reload(); };
    p.appendChild(b);
    page.form.parentNode.insertBefore(p, page.form);
  }

  R.downscale = downscale; R.signaturePad = signaturePad; R.locate = locate; R.saveDraft = saveDraft; R.restoreDraft = restoreDraft; R.notice = notice;
}(this, this.document));

(function (w, d) {
  'use strict';
  var R = w.FormsEngineResident;
  if (!d || !d.querySelector || !R || !R.Page) { return; }
  var timer = null;

  R.Page.prototype.changed = function (q) {
    var self = this, answers = this.refresh();
    if (q && this.touched[q.id]) { this.validate(q, answers); }
    if (timer) { w.clearTimeout(timer); }
    timer = w.setTimeout(function () { R.saveDraft(self); }, 400);
  };

  function start(form) {
    var page = new R.Page(form), stepper, summary = d.getElementById('fe-summary'), i, list, first, sending = false, pressed = null;
    if (!summary && R.restoreDraft(page)) { R.notice(page); }
    list = form.querySelectorAll('.fe-label .fe-req');
    for (i = 0; i < list.length; i++) { list[i].feStatic = !list[i].hidden; }
    list = form.querySelectorAll('.fe-sig');
    for (i = 0; i < list.length; i++) { R.signaturePad(list[i], page); }
    list = form.querySelectorAll('.fe-files li');
    for (i = 0; i < list.length; i++) { keptFile(list[i], page); }
    list = form.querySelectorAll('.fe-locate');
    for (i = 0; i < list.length; i++) { R.locate(list[i], page); }
    page.refresh();
    stepper = page.stepper = new R.Stepper(page);
    first = form.querySelector('.fe-invalid');
    stepper.go(first ? Math.max(0, stepper.stepOf(first)) : 0);

    function onChange(e) {
      var q = R.closest(e.target, 'fe-q');
      if (e.target.type === 'file' && e.target.getAttribute('data-downscale')) {
        R.downscale(e.target, function () { if (q) { page.validate(q, page.refresh()); } });
      }
      if (q && e.type !== 'input') { page.touched[q.id] = true; }
      page.changed(pressed ? null : q);
    }
    form.addEventListener('change', onChange);
    form.addEventListener('input', onChange);
    /* A finger (or mouse) pressed on a button: the box it leaves is not checked on its change/blur, because a message
       appearing or vanishing there moves the button from under the finger and the tap is lost. 提交 and 下一步 check
       everything anyway. */
    form.addEventListener('pointerdown', function (e) {
      for (pressed = e.target; pressed && pressed !== form && pressed.tagName !== 'BUTTON'; pressed = pressed.parentNode) { /* up to a button */ }
      if (pressed === form) { pressed = null; }
    }, true);
    /* Kept until the click is handled: after a tap the mouse events (and the blur) come after pointerup. */
    function released() { w.setTimeout(function () { pressed = null; }, 0); }
    form.addEventListener('click', released, true);
    form.addEventListener('pointercancel', released, true);
    form.addEventListener('focusout', function (e) {
      var q = R.closest(e.target, 'fe-q');
      if (q && e.target.type !== 'radio' && e.target.type !== 'checkbox') {
        page.touched[q.id] = true;
        if (!pressed) { page.validate(q, page.refresh()); }
      }
    });
    form.addEventListener('click', function (e) {
      var b = e.target, group;
      if (!b || b.name !== '_action') { return; }
      group = R.closest(b, 'fe-repeat');
      if (R.hasClass(b, 'fe-add') && group && R.addItem(page, group)) { e.preventDefault(); page.changed(null); }
      if (R.hasClass(b, 'fe-remove') && group) { e.preventDefault(); R.removeItem(group, R.closest(b, 'fe-item')); page.changed(null); }
    });
    form.addEventListener('submit', function (e) {
      var bad, s = e.submitter;
      if (s && s.name === '_action' && s.value !== 'submit') { return; }
      if (sending) { e.preventDefault(); return; }
      if (scaling(form)) {
        e.preventDefault();
        w.setTimeout(function () { if (form.requestSubmit) { form.requestSubmit(s && s.form === form ? s : undefined); } }, 300);
        return;
      }
      bad = page.validateAll(form);
      if (bad) { e.preventDefault(); stepper.reveal(bad); R.focusIn(bad); return; }
      sending = true;
      w.setTimeout(function () { sending = false; }, 15000);
    });
    if (summary) {
      summary.addEventListener('click', function (e) {
        var href = e.target.getAttribute && e.target.getAttribute('href'), target = href && d.getElementById(href.substring(1));
        if (target) { e.preventDefault(); stepper.reveal(target); R.focusIn(target); }
      });
      summary.focus();
    }
  }

  /* A file kept from an earlier round trip gets a 删除 button (without JavaScript it stays until submitted). */
  function keptFile(li, page) {
    var b = d.createElement('button'), q = R.closest(li, 'fe-q');
    b.type = 'button'; b.className = 'fe-unkeep'; b.textContent = '删除';
    b.onclick = function () {
      var input = q.querySelector('input[type=file]');
      input.setAttribute('data-kept', String(Math.max(0, parseInt(input.getAttribute('data-kept') || '0', 10) - 1)));
      li.parentNode.removeChild(li);
      page.touched[q.id] = true;
      page.changed(q);
    };
    li.appendChild(b);
  }

  function scaling(form) {
    var files = form.querySelectorAll('input[type=file]'), i;
    for (i = 0; i < files.length; i++) { if (files[i].feScaling) { return true; } }
    return false;
  }

  /* A receipt page says <body data-fe-clear-draft="id@version"> (no inline script under the CSP): the draft is done. */
  function boot() {
    var forms = d.querySelectorAll('form.fe-form'), i, done = d.body && d.body.getAttribute('data-fe-clear-draft');
    if (done) { R.clearDraft(done); }
    for (i = 0; i < forms.length; i++) { start(forms[i]); }
  }

  if (d.readyState === 'loading') { d.addEventListener('DOMContentLoaded', boot); } else { boot(); }
}(this, this.document));
