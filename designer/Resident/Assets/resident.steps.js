/* FormsEngine resident page, part 2 of 3: the page stepper and repeat items (after resident.logic.js). */
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
    this.prev.onclick = function () { self.go(self.move(-1)); self.focusStep(); };
    this.next.onclick = function () {
      var bad = self.invalidIn(self.at);
      if (bad) { focusIn(bad); return; }
      self.go(self.move(1));
      self.focusStep();
    };
  }

  /* After 上一步/下一步 the clicked button may be hidden and sits after the step: put focus (and the scroll position) at the
     start of the new step, so Tab continues with its first question. The step itself, not an input: no on-screen keyboard. */
  Stepper.prototype.focusStep = function () {
    var el = this.steps[this.at].page || this.steps[this.at].nodes[0];
    el.setAttribute('tabindex', '-1');
    el.focus();
  };

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
