// eOffice page behaviour: CSRF header on htmx requests, the live unread-notification counter, forms sent once with
// the focus on the first error, and a small date picker for dd/mm/yyyy fields (no inline code: strict CSP).
(function () {
  'use strict';
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  function liveCounter() {
    var bell = document.getElementById('notification-bell');
    var badge = document.getElementById('unread-count');
    if (!bell || !badge || !window.EventSource) {
      return;
    }
    var source = new EventSource(bell.getAttribute('data-stream'));
    source.addEventListener('unread', function (event) {
      var count = parseInt(event.data, 10) || 0;
      badge.textContent = count > 0 ? String(count) : '';
      bell.setAttribute('aria-label', count > 0
        ? bell.getAttribute('data-label-unread').replace('{0}', String(count)) : bell.getAttribute('data-label'));
    });
  }

  // A second click (or Enter) while the first post is on its way is dropped; the button shows it is busy. Buttons
  // are disabled only after the form's data has been collected, so a pressed button's name/value is still sent.
  function submitOnce() {
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (event.defaultPrevented || (form.method || '').toLowerCase() !== 'post' || form.hasAttribute('hx-post')) {
        return;
      }
      if (form.getAttribute('data-sent') === 'true') {
        event.preventDefault();
        return;
      }
      form.setAttribute('data-sent', 'true');
      form.setAttribute('aria-busy', 'true');
      setTimeout(function () {
        form.querySelectorAll('button[type=submit], button:not([type])').forEach(function (button) {
          button.disabled = true;
        });
      }, 0);
      // a download answers without leaving the page: let the form be sent again after a while
      setTimeout(function () { if (!form.hasAttribute('data-uploading')) { release(form); } }, 10000);
      if (sendsFiles(form)) {
        sendWithProgress(form, event);
      }
    });
    window.addEventListener('pageshow', function () {
      document.querySelectorAll('form[data-sent]').forEach(release);
    });
  }

  // A form that sends files goes by XHR so that a bar shows how far the upload is; the answer (the next page, or the
  // form again with its errors) replaces this page as a normal post would. Without XHR upload events, or if the
  // request cannot be made, the form is sent the ordinary way.
  function sendsFiles(form) {
    return (form.enctype || '') === 'multipart/form-data' && window.FormData && 'upload' in new XMLHttpRequest()
      && Array.prototype.some.call(form.querySelectorAll('input[type=file]'),
        function (input) { return input.files && input.files.length > 0; });
  }

  function sendWithProgress(form, event) {
    event.preventDefault();
    form.setAttribute('data-uploading', 'true');
    var data;
    try { data = new FormData(form, event.submitter); } catch (e) { data = new FormData(form); }
    var progress = document.createElement('div');
    progress.className = 'progress mt-2';
    progress.setAttribute('role', 'progressbar');
    progress.setAttribute('aria-label', document.body.getAttribute('data-eo-uploading') || '');
    progress.setAttribute('aria-valuemin', '0');
    progress.setAttribute('aria-valuemax', '100');
    progress.setAttribute('aria-valuenow', '0');
    var bar = document.createElement('div');
    bar.className = 'progress-bar';
    progress.appendChild(bar);
    form.appendChild(progress);
    var xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        var percent = Math.round(100 * e.loaded / e.total);
        bar.style.width = percent + '%';
        progress.setAttribute('aria-valuenow', String(percent));
      }
    });
    xhr.addEventListener('load', function () {
      var html = xhr.responseText;
      if (xhr.responseURL && xhr.responseURL !== location.href) {
        history.pushState(null, '', xhr.responseURL);
      }
      document.open();
      document.write(html);
      document.close();
    });
    xhr.addEventListener('error', function () {
      progress.remove();
      form.removeAttribute('data-uploading');
      HTMLFormElement.prototype.submit.call(form);
    });
    xhr.send(data);
  }

  function release(form) {
    form.removeAttribute('data-sent');
    form.removeAttribute('aria-busy');
    form.querySelectorAll('button[disabled]').forEach(function (button) { button.disabled = false; });
  }

  function focusFirstError() {
    var invalid = Array.prototype.find.call(document.querySelectorAll('main .is-invalid, main [aria-invalid=true]'),
      function (field) { return !field.hidden; });
    if (invalid) {
      invalid.focus();
      invalid.scrollIntoView({ block: 'center' });
    }
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  function parseDate(text) {
    var m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec((text || '').trim());
    if (m) {
      var d = new Date(+m[3], +m[2] - 1, +m[1]);
      return d.getMonth() === +m[2] - 1 ? d : null;
    }
    m = /^(\d{4})-(\d{2})-(\d{2})$/.exec((text || '').trim());
    return m ? new Date(+m[1], +m[2] - 1, +m[3]) : null;
  }

  function datePicker(input) {
    var lang = document.documentElement.lang === 'en' ? 'en' : 'vi';
    var days = lang === 'en' ? ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'] : ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'];
    // a span, not a button: the form's first button stays the one that sends it
    var button = document.createElement('span');
    button.setAttribute('role', 'button');
    button.tabIndex = 0;
    button.className = 'btn btn-outline-secondary eo-date-button';
    button.setAttribute('aria-label', input.title || 'dd/mm/yyyy');
    button.setAttribute('aria-expanded', 'false');
    button.textContent = '\u{1F4C5}';
    var panel = document.createElement('div');
    panel.className = 'eo-calendar border rounded bg-white shadow-sm p-2';
    panel.hidden = true;
    var group = document.createElement('div');
    group.className = 'input-group flex-nowrap has-validation eo-date';
    var feedback = [];
    for (var sibling = input.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (sibling.classList.contains('invalid-feedback')) { feedback.push(sibling); }
    }
    input.parentNode.insertBefore(group, input);
    group.appendChild(input);
    group.appendChild(button);
    feedback.forEach(function (f) { group.appendChild(f); });
    group.parentNode.insertBefore(panel, group.nextSibling);
    var shown = new Date();

    function close() {
      panel.hidden = true;
      panel.textContent = '';
      button.setAttribute('aria-expanded', 'false');
    }

    function render() {
      panel.textContent = '';
      var head = document.createElement('div');
      head.className = 'd-flex justify-content-between align-items-center mb-1';
      var prev = document.createElement('button');
      var next = document.createElement('button');
      prev.type = next.type = 'button';
      prev.textContent = '\u2039';
      next.textContent = '\u203A';
      prev.setAttribute('aria-label', lang === 'en' ? 'Previous month' : 'Tháng trước');
      next.setAttribute('aria-label', lang === 'en' ? 'Next month' : 'Tháng sau');
      prev.addEventListener('click', function () { shown.setMonth(shown.getMonth() - 1); render(); prev.focus(); });
      next.addEventListener('click', function () { shown.setMonth(shown.getMonth() + 1); render(); next.focus(); });
      var title = document.createElement('span');
      title.setAttribute('aria-live', 'polite');
      title.textContent = pad(shown.getMonth() + 1) + '/' + shown.getFullYear();
      head.append(prev, title, next);
      var table = document.createElement('table');
      var row = table.insertRow();
      days.forEach(function (d) { var th = document.createElement('th'); th.textContent = d; row.appendChild(th); });
      var first = new Date(shown.getFullYear(), shown.getMonth(), 1);
      var offset = (first.getDay() + 6) % 7;
      var count = new Date(shown.getFullYear(), shown.getMonth() + 1, 0).getDate();
      var today = new Date();
      row = table.insertRow();
      for (var i = 0; i < offset; i++) { row.insertCell(); }
      for (var day = 1; day <= count; day++) {
        if ((offset + day - 1) % 7 === 0 && day > 1) { row = table.insertRow(); }
        var pick = document.createElement('button');
        pick.type = 'button';
        pick.textContent = String(day);
        var value = pad(day) + '/' + pad(shown.getMonth() + 1) + '/' + shown.getFullYear();
        pick.setAttribute('data-value', value);
        pick.setAttribute('aria-label', value);
        if (day === today.getDate() && shown.getMonth() === today.getMonth()
            && shown.getFullYear() === today.getFullYear()) { pick.className = 'today'; }
        pick.addEventListener('click', function (event) {
          input.value = event.currentTarget.getAttribute('data-value');
          input.dispatchEvent(new Event('change', { bubbles: true }));
          close();
          input.focus();
        });
        row.insertCell().appendChild(pick);
      }
      panel.append(head, table);
    }

    button.addEventListener('click', function () {
      if (!panel.hidden) { close(); return; }
      shown = parseDate(input.value) || new Date();
      shown.setDate(1);
      render();
      panel.hidden = false;
      button.setAttribute('aria-expanded', 'true');
      var chosen = panel.querySelector('[data-value="' + input.value + '"]') || panel.querySelector('.today')
        || panel.querySelector('[data-value]');
      chosen.focus();
    });
    button.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); button.click(); }
    });
    panel.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { close(); button.focus(); }
    });
    // ISO text (pasted, or set by a script) is shown the office's way before it is sent
    input.addEventListener('change', function () {
      var d = /^\d{4}-\d{2}-\d{2}$/.test(input.value.trim()) ? parseDate(input.value) : null;
      if (d) { input.value = pad(d.getDate()) + '/' + pad(d.getMonth() + 1) + '/' + d.getFullYear(); }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    liveCounter();
    submitOnce();
    // pickers first: wrapping a field in its group would take the focus away from it
    document.querySelectorAll('input[data-eo-date]').forEach(datePicker);
    focusFirstError();
  });
})();
