/* FormsEngine resident page enhancement (ES5, no frameworks). The page works without it; with it: live show/hide,
   required markers, calculations and checks from the form's compiled script (FormsEngineForms["id@version"]), a page
   stepper, repeat items added and removed in place, photos downscaled before upload, a signature pad, location,
   and a draft kept in localStorage. Names follow FieldNames.cs: 家庭成员[0].姓名, 住址.building. */
(function (w, d) {
  'use strict';
  var R = w.FormsEngineResident = w.FormsEngineResident || {};
  var DRAFT = 'fe-draft:';
  var MAX_SIDE = 1600;

  /* ---- pure helpers (also run under Jint in the tests) ---- */
  function idOf(name) { return 'fe-' + name.replace(/[.\[]/g, '-').replace(/\]/g, ''); }

  function parseName(name) {
    var parts = [], re = /([^.\[\]]+)|\[(\d{1,9})\]/g, m, last = 0;
    while ((m = re.exec(name)) !== null) {
      if (m[1] !== undefined && parts.length ? m.index !== last + 1 || name.charAt(last) !== '.' : m.index !== last) { return null; }
      parts.push(m[1] !== undefined ? m[1] : parseInt(m[2], 10));
      last = re.lastIndex;
    }
    return parts.length && last === name.length ? parts : null;
  }

  function isEmpty(v) { return v === undefined || v === null || v === '' || (v instanceof Array && v.length === 0); }

  /* Puts one posted value into the answers as the server reader does; kind is the field's type. */
  function put(answers, parts, value, kind) {
    var obj = answers, i, p, next, arr;
    for (i = 0; i < parts.length - 1; i++) {
      p = parts[i]; next = parts[i + 1];
      if (typeof next === 'number') {
        arr = obj[p] instanceof Array ? obj[p] : (obj[p] = []);
        while (arr.length <= next) { arr.push({}); }
        if (i + 1 === parts.length - 1) { return; }
        obj = arr[next]; i++;
      } else {
        if (isEmpty(value)) { return; }
        obj = typeof obj[p] === 'object' && obj[p] !== null ? obj[p] : (obj[p] = {});
      }
    }
    p = parts[parts.length - 1];
    if (typeof p === 'number' || isEmpty(value)) { return; }
    if (kind === 'multipleChoice' || kind === 'file' || kind === 'photo') {
      if (kind !== 'multipleChoice') { try { value = JSON.parse(value); } catch (e) { return; } }
      (obj[p] instanceof Array ? obj[p] : (obj[p] = [])).push(value);
    } else if (obj[p] === undefined) {
      obj[p] = convert(value, kind, p);
    }
  }

  function convert(value, kind, part) {
    if (kind === 'yesNo') { return value === 'true' ? true : value === 'false' ? false : value; }
    if (kind === 'number' || (kind === 'geolocation' && part !== undefined)) {
      return /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? parseFloat(value) : value;
    }
    return value;
  }

  function normalizeMobile(v) {
    var t = String(v).replace(/[\s-]/g, '');
    if (t.indexOf('+86') === 0) { t = t.substring(3); } else if (t.length > 11 && t.indexOf('86') === 0) { t = t.substring(2); }
    return t;
  }

  function idNumberOk(v) {
    var t = String(v).replace(/^\s+|\s+$/g, '').toUpperCase(), w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2], s = 0, i;
    if (!/^\d{17}[\dX]$/.test(t)) { return false; }
    for (i = 0; i < 17; i++) { s += (t.charCodeAt(i) - 48) * w[i]; }
    return '10X98765432'.charAt(s % 11) === t.charAt(17);
  }

  /* The built-in check of one answer, in Chinese, or null. Mirrors the server's messages. */
  function check(kind, value, required) {
    if (isEmpty(value)) { return required ? '请填写此项' : null; }
    switch (kind) {
      case 'mobile': return /^1[3-9]\d{9}$/.test(normalizeMobile(value)) ? null : '手机号码格式不正确，应为11位数字';
      case 'idNumber':
        if (String(value).replace(/\s/g, '').length !== 18) { return '身份证号码应为18位'; }
        return idNumberOk(value) ? null : '身份证号码校验位不正确，请核对';
      case 'email': return /^[^\s@<>()\[\],;:"\\]+@[^\s@<>()\[\],;:"\\.]+(\.[^\s@<>()\[\],;:"\\.]+)+$/.test(value) ? null : '电子邮箱格式不正确';
      case 'number': return typeof value === 'number' ? null : '请填写数字';
      default: return null;
    }
  }

  function scopeFor(F, root, group, item) { return group ? F.itemScope(root, group, item) : root; }

  function truthy(r) { return r && r.ok === true && r.value === true; }

  R.idOf = idOf; R.parseName = parseName; R.put = put; R.check = check; R.idNumberOk = idNumberOk;
  R.clearDraft = function (key) { try { w.localStorage.removeItem(DRAFT + key); } catch (e) { /* storage off */ } };

  if (!d || !d.querySelector) { return; }

  /* ---- the page ---- */
  function kindOf(el) {
    if (el.feKind === undefined) {
      var q = el.parentNode;
      while (q && q !== d && !(q.className && /(^| )fe-q( |$)/.test(q.className))) { q = q.parentNode; }
      el.feKind = q && q.getAttribute ? (q.getAttribute('data-type') || '') : '';
    }
    return el.feKind;
  }

  function collect(form) {
    var answers = {}, els = form.elements, i, el, parts;
    for (i = 0; i < els.length; i++) {
      el = els[i];
      if (!el.name || el.name.charAt(0) === '_' || el.hasAttribute('data-fe-meta') || el.type === 'file' || el.type === 'submit' || el.type === 'button') { continue; }
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) { continue; }
      parts = parseName(el.name);
      if (parts) { put(answers, parts, el.value, kindOf(el)); }
    }
    return answers;
  }

  function Page(form) {
    this.form = form;
    this.key = form.getAttribute('data-form');
    this.F = (w.FormsEngineForms || {})[this.key] || null;
    this.touched = {};
  }

  /* Each registry entry applied to every place it occurs: the top level, or each item of its group. */
  Page.prototype.each = function (answers, fn) {
    var F = this.F, i, j, e, items;
    if (!F) { return; }
    for (i = 0; i < F.fields.length; i++) {
      e = F.fields[i];
      if (!e.group) { fn(e, e.key, answers, answers); continue; }
      items = answers[e.group] instanceof Array ? answers[e.group] : [];
      for (j = 0; j < items.length; j++) { fn(e, e.group + '[' + j + '].' + e.key, F.itemScope(answers, e.group, items[j]), items[j]); }
    }
  };

  Page.prototype.refresh = function () {
    var self = this, F = this.F, answers = collect(this.form), pass, changed, byKey = {}, i;
    if (!F) { return answers; }
    for (i = 0; i < F.fields.length; i++) { byKey[(F.fields[i].group ? F.fields[i].group + '.' : '') + F.fields[i].key] = F.fields[i]; }
    for (pass = 0; pass < 4; pass++) {
      self.calculate(answers, byKey);
      changed = false;
      self.each(answers, function (e, name, scope, holder) {
        if (!e.visibleIf) { return; }
        var show = truthy(e.visibleIf(scope)), q = d.getElementById(idOf(name) + '-q');
        if (!show && holder[e.key] !== undefined) { delete holder[e.key]; changed = true; }
        if (q) { q.setAttribute('data-off', show ? '' : '1'); q.hidden = !show || q.feStepHidden === true; }
      });
      if (!changed) { break; }
    }
    self.each(answers, function (e, name, scope) {
      if (!e.requiredIf) { return; }
      var q = d.getElementById(idOf(name) + '-q'), star = q && q.querySelector('.fe-label .fe-req');
      if (star && !star.feStatic) { star.hidden = !truthy(e.requiredIf(scope)); }
    });
    return answers;
  };

  Page.prototype.calculate = function (answers, byKey) {
    var F = this.F, c, e, items, j, r, el;
    for (c = 0; c < F.calculations.length; c++) {
      e = byKey[F.calculations[c]];
      if (!e || !e.calculate) { continue; }
      items = e.group ? (answers[e.group] instanceof Array ? answers[e.group] : []) : [answers];
      for (j = 0; j < items.length; j++) {
        r = e.calculate(scopeFor(F, answers, e.group, items[j]));
        if (r && r.ok && r.value !== null && r.value !== undefined) { items[j][e.key] = r.value; } else { delete items[j][e.key]; }
        el = d.getElementById(idOf(e.group ? e.group + '[' + j + '].' + e.key : e.key));
        if (el) { el.value = items[j][e.key] === undefined ? '' : String(items[j][e.key]); }
      }
    }
  };

  /* Validates one question wrapper; shows or clears its message; returns the message or null. */
  Page.prototype.validate = function (q, answers) {
    var name = q.id.substring(0, q.id.length - 2), kind = q.getAttribute('data-type'), star, msg = null, key, holder, item, group, index, self = this;
    if (isOff(q) || kind === 'repeat') { return null; }
    key = q.getAttribute('data-key');
    item = closest(q, 'fe-item');
    holder = answers;
    if (item) {
      group = closest(item, 'fe-repeat').getAttribute('data-key');
      index = parseInt(item.getAttribute('data-index'), 10);
      holder = (answers[group] || [])[index] || {};
    }
    star = q.querySelector('.fe-label .fe-req');
    var value = holder[key], file = (kind === 'file' || kind === 'photo') && q.querySelector('input[type=file]');
    if (isEmpty(value) && file && file.files && file.files.length) { value = [file.files.length]; }
    msg = check(kind === 'photo' || kind === 'file' ? '' : kind, value, !!star && !star.hidden);
    if (!msg && this.F) {
      this.each(answers, function (e, n, scope) {
        var v;
        if (msg || idOf(n) !== name || isEmpty(holder[key])) { return; }
        for (v = 0; v < e.validations.length && !msg; v++) {
          var r = e.validations[v].test(scope);
          if (r && r.ok && r.value === false) { msg = e.validations[v].messageZh; }
        }
      });
    }
    self.show(q, name, msg);
    return msg;
  };

  Page.prototype.show = function (q, id, msg) {
    var p = d.getElementById(id + '-e'), inputs = q.querySelectorAll('input,textarea'), i;
    if (!msg && p) { p.parentNode.removeChild(p); }
    if (msg) {
      if (!p) { p = d.createElement('p'); p.className = 'fe-err'; p.id = id + '-e'; q.appendChild(p); }
      p.textContent = msg;
    }
    q.className = q.className.replace(/ fe-invalid/g, '') + (msg ? ' fe-invalid' : '');
    for (i = 0; i < inputs.length; i++) {
      if (msg) { inputs[i].setAttribute('aria-invalid', 'true'); } else { inputs[i].removeAttribute('aria-invalid'); }
    }
  };

  Page.prototype.validateAll = function (root) {
    var answers = this.refresh(), qs = root.querySelectorAll('.fe-q'), first = null, i;
    for (i = 0; i < qs.length; i++) { if (this.validate(qs[i], answers) && !first) { first = qs[i]; } }
    return first;
  };

  function isOff(el) {
    for (; el && el.getAttribute; el = el.parentNode) { if (el.getAttribute('data-off') === '1') { return true; } }
    return false;
  }

  function closest(el, cls) {
    var re = new RegExp('(^| )' + cls + '( |$)');
    for (el = el.parentNode; el && el !== d; el = el.parentNode) { if (el.className && re.test(el.className)) { return el; } }
    return null;
  }

  function focusIn(el) {
    var input = el && el.querySelector('input:not([type=hidden]),textarea,button');
    if (input) { input.focus(); } else if (el) { el.setAttribute('tabindex', '-1'); el.focus(); }
  }

  R.Page = Page;
  R.closest = closest; R.focusIn = focusIn; R.isOff = isOff; R.collect = collect; R.DRAFT = DRAFT; R.MAX_SIDE = MAX_SIDE;
}(this, this.document));

/* ---- stepper, repeat items, uploads, signature, location, draft: DOM wiring on load ---- */
(function (w, d) {
  'use strict';
  var R = w.FormsEngineResident;
  if (!d || !d.querySelector || !R || !R.Page) { return; }
  var idOf = R.idOf, closest = R.closest, focusIn = R.focusIn;

  function hasClass(el, cls) { return !!el.className && new RegExp('(^| )' + cls + '( |$)').test(el.className); }

  function children(el, cls) {
    var out = [], c;
    for (c = el.firstElementChild; c; c = c.nextElementSibling) { if (hasClass(c, cls)) { out.push(c); } }
    return out;
  }

  function button(text, cls) {
    var b = d.createElement('button'); b.type = 'button'; b.className = cls; b.textContent = text; return b;
  }

  /* Steps: each top-level page with the non-page content that follows it. */
  function Stepper(page) {
    var form = page.form, steps = [], c, actions = form.querySelector('.fe-actions'), self = this;
    for (c = form.firstElementChild; c; c = c.nextElementSibling) {
      if (c === actions || c.tagName === 'INPUT' || hasClass(c, 'fe-legend-note')) { continue; }
      if (hasClass(c, 'fe-page') || !steps.length) { steps.push({ page: hasClass(c, 'fe-page') ? c : null, nodes: [] }); }
      steps[steps.length - 1].nodes.push(c);
    }
    this.steps = steps; this.page = page; this.actions = actions; this.at = 0;
    if (steps.length < 2 || !actions) { this.steps = null; return; }
    this.info = d.createElement('p'); this.info.className = 'fe-steps'; this.info.setAttribute('aria-live', 'polite');
    form.insertBefore(this.info, form.querySelector('.fe-legend-note'));
    this.prev = button('上一步', 'fe-prev'); this.next = button('下一步', 'fe-next');
    this.submit = actions.querySelector('.fe-submit');
    actions.insertBefore(this.prev, this.submit); actions.insertBefore(this.next, this.submit);
    this.prev.onclick = function () { self.go(self.move(-1)); };
    this.next.onclick = function () {
      var bad = self.invalidIn(self.at);
      if (bad) { focusIn(bad); return; }
      self.go(self.move(1));
    };
  }

  Stepper.prototype.visible = function (i) { return !this.steps[i].page || !R.isOff(this.steps[i].page); };

  Stepper.prototype.move = function (delta) {
    var i = this.at + delta;
    while (i >= 0 && i < this.steps.length && !this.visible(i)) { i += delta; }
    return i < 0 || i >= this.steps.length ? this.at : i;
  };

  Stepper.prototype.invalidIn = function (i) {
    var first = null, answers = this.page.refresh(), n, qs, k;
    for (n = 0; n < this.steps[i].nodes.length; n++) {
      qs = hasClass(this.steps[i].nodes[n], 'fe-q') ? [this.steps[i].nodes[n]] : this.steps[i].nodes[n].querySelectorAll('.fe-q');
      for (k = 0; k < qs.length; k++) { if (this.page.validate(qs[k], answers) && !first) { first = qs[k]; } }
    }
    return first;
  };

  Stepper.prototype.go = function (at) {
    var s = this.steps, i, n, last = true, title;
    if (!s) { return; }
    this.at = at;
    for (i = 0; i < s.length; i++) {
      for (n = 0; n < s[i].nodes.length; n++) {
        s[i].nodes[n].feStepHidden = i !== at;
        s[i].nodes[n].hidden = i !== at || s[i].nodes[n].getAttribute('data-off') === '1';
      }
    }
    for (i = at + 1; i < s.length; i++) { if (this.visible(i)) { last = false; } }
    this.prev.hidden = this.move(-1) === at;
    this.next.hidden = last; this.submit.hidden = !last;
    title = s[at].page ? s[at].page.querySelector('.fe-page-title') : null;
    this.info.textContent = '第 ' + (at + 1) + '/' + s.length + ' 步' + (title ? '：' + title.textContent : '');
  };

  Stepper.prototype.stepOf = function (el) {
    var i, n;
    if (!this.steps) { return -1; }
    for (i = 0; i < this.steps.length; i++) {
      for (n = 0; n < this.steps[i].nodes.length; n++) { if (this.steps[i].nodes[n].contains(el)) { return i; } }
    }
    return -1;
  };

  Stepper.prototype.reveal = function (el) {
    var i = this.stepOf(el);
    if (i >= 0 && i !== this.at) { this.go(i); }
  };

  /* ---- repeat items ---- */
  function renumber(group) {
    var name = group.getAttribute('data-name'), items = children(group.querySelector('.fe-items'), 'fe-item'), i, item, old;
    for (i = 0; i < items.length; i++) {
      item = items[i]; old = item.getAttribute('data-index');
      if (old !== String(i)) { rename(item, name, old, String(i)); item.setAttribute('data-index', String(i)); }
      item.querySelector('.fe-n').textContent = String(i + 1);
    }
  }

  /* Moves an item from index old to index now: names 家庭成员[1].x, ids fe-家庭成员-1-x, button values, nested templates. */
  function rename(item, group, old, now) {
    var from = group + '[' + old + ']', to = group + '[' + now + ']', idFrom = idOf(from) + '-', idTo = idOf(to) + '-',
      els = item.querySelectorAll('*'), i, el, v, t, ids, k;
    function names(s) { return s === from ? to : s.split(from + '.').join(to + '.'); }
    function id(s) { return s.indexOf(idFrom) === 0 ? idTo + s.substring(idFrom.length) : s; }
    for (i = 0; i < els.length; i++) {
      el = els[i];
      if ((v = el.getAttribute('name')) !== null && (t = names(v)) !== v) { el.setAttribute('name', t); }
      if ((v = el.getAttribute('data-name')) !== null && (t = names(v)) !== v) { el.setAttribute('data-name', t); }
      if ((v = el.getAttribute('data-for')) !== null && (t = names(v)) !== v) { el.setAttribute('data-for', t); }
      if ((v = el.id)) { el.id = id(v); }
      if ((v = el.getAttribute('for')) !== null) { el.setAttribute('for', id(v)); }
      if ((v = el.getAttribute('aria-describedby')) !== null) {
        ids = v.split(' ');
        for (k = 0; k < ids.length; k++) { ids[k] = id(ids[k]); }
        el.setAttribute('aria-describedby', ids.join(' '));
      }
      if (el.name === '_action') {
        v = el.value;
        el.value = v === 'remove:' + group + ':' + old ? 'remove:' + group + ':' + now : v.split(from + '.').join(to + '.');
      }
      if (el.tagName === 'TEMPLATE') { el.innerHTML = el.innerHTML.split(from + '.').join(to + '.').split(idFrom).join(idTo); }
    }
  }

  function addItem(page, group) {
    var tpl = children(group, 'fe-template')[0], list = group.querySelector('.fe-items'), count = children(list, 'fe-item').length,
      depth = group.getAttribute('data-depth'), max = parseInt(group.getAttribute('data-max'), 10), box, item;
    if (!tpl) { return false; }
    if (count >= max) { w.alert('最多只能填写 ' + max + ' 条'); return true; }
    box = d.createElement('div');
    box.innerHTML = tpl.innerHTML.split('__i' + depth + '__').join(String(count));
    item = box.firstElementChild;
    list.appendChild(item);
    renumber(group);
    focusIn(item);
    return true;
  }

  function removeItem(group, item) {
    item.parentNode.removeChild(item);
    renumber(group);
  }

  R.renumber = renumber; R.Stepper = Stepper; R.addItem = addItem; R.removeItem = removeItem; R.children = children; R.hasClass = hasClass;
}(this, this.document));

(function (w, d) {
  'use strict';
  var R = w.FormsEngineResident;
  if (!d || !d.querySelector || !R || !R.Page) { return; }

  /* ---- photos: downscale to MAX_SIDE, JPEG q 0.8, replacing the chosen file before upload ---- */
  function downscale(input) {
    var file = input.files && input.files[0], url, img;
    if (!file || !/^image\/(jpeg|png|webp)$/.test(file.type) || typeof w.DataTransfer === 'undefined' || !w.URL) { return; }
    url = w.URL.createObjectURL(file);
    img = new w.Image();
    img.onload = function () {
      var scale = Math.min(1, R.MAX_SIDE / Math.max(img.naturalWidth, img.naturalHeight)), c = d.createElement('canvas');
      w.URL.revokeObjectURL(url);
      if (scale === 1 && file.size < 1024 * 1024) { return; }
      c.width = Math.round(img.naturalWidth * scale); c.height = Math.round(img.naturalHeight * scale);
      c.getContext('2d').drawImage(img, 0, 0, c.width, c.height);
      if (!c.toBlob) { return; }
      c.toBlob(function (blob) {
        if (!blob || blob.size >= file.size) { return; }
        var dt = new w.DataTransfer();
        dt.items.add(new w.File([blob], file.name.replace(/\.[^.]*$/, '') + '.jpg', { type: 'image/jpeg', lastModified: file.lastModified }));
        input.files = dt.files;
      }, 'image/jpeg', 0.8);
    };
    img.onerror = function () { w.URL.revokeObjectURL(url); };
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

  /* ---- draft in localStorage: every named value (files excepted), restored on the next visit ---- */
  function saveDraft(page) {
    var els = page.form.elements, out = [], i, el;
    for (i = 0; i < els.length; i++) {
      el = els[i];
      if (!el.name || el.name.charAt(0) === '_' || el.hasAttribute('data-fe-meta') || el.type === 'file' || el.type === 'submit' || el.type === 'button') { continue; }
      if ((el.type === 'radio' || el.type === 'checkbox') && !el.checked) { continue; }
      if (el.type === 'hidden' && el.value === '' && !/\]$/.test(el.name)) { continue; }
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
    var page = new R.Page(form), stepper, summary = d.getElementById('fe-summary'), i, list, first, sending = false;
    if (!summary && R.restoreDraft(page)) { R.notice(page); }
    list = form.querySelectorAll('.fe-label .fe-req');
    for (i = 0; i < list.length; i++) { list[i].feStatic = !list[i].hidden; }
    list = form.querySelectorAll('.fe-sig');
    for (i = 0; i < list.length; i++) { R.signaturePad(list[i], page); }
    list = form.querySelectorAll('.fe-locate');
    for (i = 0; i < list.length; i++) { R.locate(list[i], page); }
    page.refresh();
    stepper = page.stepper = new R.Stepper(page);
    first = form.querySelector('.fe-invalid');
    stepper.go(first ? Math.max(0, stepper.stepOf(first)) : 0);

    function onChange(e) {
      var q = R.closest(e.target, 'fe-q');
      if (e.target.type === 'file' && e.target.getAttribute('data-downscale')) { R.downscale(e.target); }
      if (q && e.type !== 'input') { page.touched[q.id] = true; }
      page.changed(q);
    }
    form.addEventListener('change', onChange);
    form.addEventListener('input', onChange);
    form.addEventListener('focusout', function (e) {
      var q = R.closest(e.target, 'fe-q');
      if (q && e.target.type !== 'radio' && e.target.type !== 'checkbox') { page.touched[q.id] = true; page.validate(q, page.refresh()); }
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

  function boot() {
    var forms = d.querySelectorAll('form.fe-form'), i;
    for (i = 0; i < forms.length; i++) { start(forms[i]); }
  }

  if (d.readyState === 'loading') { d.addEventListener('DOMContentLoaded', boot); } else { boot(); }
}(this, this.document));
