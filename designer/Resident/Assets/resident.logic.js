/* FormsEngine resident page enhancement (ES5, no frameworks), part 1 of 3: names, answers, checks, live logic. The page works without it; with it: live show/hide,
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
      return /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(value) ? parseFloat(value) : value;
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

  /* Size and count of chosen files against data-max-size / data-max-count (a photo being downscaled is not judged yet). */
  function fileCheck(input) {
    var max = parseInt(input.getAttribute('data-max-size'), 10), count = parseInt(input.getAttribute('data-max-count'), 10),
      kept = parseInt(input.getAttribute('data-kept') || '0', 10), files = input.files || [], i;
    if (input.feScaling) { return null; }
    if (files.length + kept > count) { return '最多上传 ' + count + ' 个文件'; }
    for (i = 0; i < files.length; i++) {
      if (files[i].size > max) { return '文件不能超过 ' + Math.round(max / 10485.76) / 100 + ' MB'; }
    }
    return null;
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
    msg = check(kind === 'photo' || kind === 'file' ? '' : kind, value, !!star && !star.hidden) || (file ? fileCheck(file) : null);
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
