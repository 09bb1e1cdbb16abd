// The people and unit picker (templates/fragments/pickers.html): the plain select stays in the form and is what is
// sent; this script hides it behind an ARIA combobox you type into (with or without diacritics), move through with the
// arrow keys, choose from with Enter or a click, and shows the chosen ones as chips with a remove button.
(function () {
  'use strict';

  function fold(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
      .replace(/\s+/g, ' ').trim();
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  function picker(box, index) {
    var select = box.querySelector('select');
    var label = box.querySelector('label');
    var many = select.multiple;
    var id = select.id;
    var base = 'eo-picker-' + index;
    select.id = id + '-select';
    select.hidden = true;
    select.tabIndex = -1;
    select.removeAttribute('aria-describedby');
    var chips = element('ul', 'eo-chips list-unstyled d-flex flex-wrap gap-1 mb-1');
    chips.setAttribute('aria-label', box.getAttribute('data-eo-chosen') + ' ' + label.textContent.trim());
    var input = element('input', 'form-control' + (select.classList.contains('is-invalid') ? ' is-invalid' : ''));
    input.type = 'text';
    input.id = id;
    input.autocomplete = 'off';
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', base + '-list');
    input.setAttribute('aria-describedby', base + '-hint');
    input.placeholder = box.getAttribute('data-eo-hint');
    var hint = element('div', 'visually-hidden', box.getAttribute('data-eo-hint'));
    hint.id = base + '-hint';
    var list = element('div', 'eo-picker-list border rounded bg-white shadow-sm');
    list.id = base + '-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', label.textContent.trim());
    if (many) { list.setAttribute('aria-multiselectable', 'true'); }
    list.hidden = true;
    var status = element('div', 'visually-hidden');
    status.setAttribute('role', 'status');
    select.after(chips, input, hint, list, status);
    var options = Array.prototype.filter.call(select.options, function (o) { return o.value !== ''; });
    var active = -1;

    function visible() {
      return Array.prototype.slice.call(list.querySelectorAll('[role=option]'));
    }

    function renderChips() {
      chips.textContent = '';
      options.filter(function (o) { return o.selected; }).forEach(function (o) {
        var chip = element('li', 'eo-chip badge rounded-pill text-bg-light border d-inline-flex align-items-center');
        var name = o.textContent.trim();
        chip.appendChild(element('span', null, name));
        if (o.disabled) {
          // chosen before and kept whatever this form sends (people already invited): no remove button
          chip.appendChild(element('span', 'visually-hidden', ' (' + box.getAttribute('data-eo-locked') + ')'));
          chip.classList.add('eo-chip-locked');
          chips.appendChild(chip);
          return;
        }
        // a span, not a button: the form's first button stays the one that sends it
        var remove = element('span', 'btn-close ms-1');
        remove.setAttribute('role', 'button');
        remove.tabIndex = 0;
        remove.setAttribute('aria-label', box.getAttribute('data-eo-remove') + ' ' + name);
        function drop() {
          o.selected = false;
          changed(name);
          input.focus();
        }
        remove.addEventListener('click', drop);
        remove.addEventListener('keydown', function (event) {
          if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); drop(); }
        });
        chip.appendChild(remove);
        chips.appendChild(chip);
      });
      chips.hidden = chips.children.length === 0;
    }

    function changed(name) {
      select.dispatchEvent(new Event('change', { bubbles: true }));
      renderChips();
      status.textContent = name;
    }

    function render() {
      var wanted = fold(input.value);
      list.textContent = '';
      var groups = {};
      options.forEach(function (o, i) {
        var heading = o.parentNode.tagName === 'OPTGROUP' ? o.parentNode.label : '';
        if ((many && o.selected) || o.disabled || fold(o.textContent + ' ' + o.getAttribute('data-detail') + ' ' + heading)
          .indexOf(wanted) < 0) {
          return;
        }
        var parent = list;
        if (heading) {
          parent = groups[heading];
          if (!parent) {
            parent = groups[heading] = element('div', 'eo-picker-group');
            parent.setAttribute('role', 'group');
            parent.setAttribute('aria-label', heading);
            list.appendChild(parent);
          }
        }
        var item = element('div', 'eo-picker-option', o.textContent.trim());
        item.id = base + '-o' + i;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', String(o.selected));
        item.setAttribute('data-index', String(i));
        item.classList.add('eo-depth-' + Math.min(+o.getAttribute('data-depth') || 0, 4));
        var detail = o.getAttribute('data-detail');
        if (detail) { item.appendChild(element('small', 'text-body-secondary ms-2', detail)); }
        item.addEventListener('mousedown', function (event) { event.preventDefault(); });
        item.addEventListener('click', function () { choose(i); });
        parent.appendChild(item);
      });
      var count = visible().length;
      if (count === 0) { list.appendChild(element('div', 'eo-picker-empty px-2 py-1', box.getAttribute('data-eo-nothing'))); }
      move(count > 0 ? 0 : -1);
    }

    function open() {
      render();
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function move(to) {
      var items = visible();
      items.forEach(function (item) { item.classList.remove('active'); });
      active = items.length === 0 ? -1 : Math.max(0, Math.min(to, items.length - 1));
      if (active < 0) {
        input.removeAttribute('aria-activedescendant');
        return;
      }
      items[active].classList.add('active');
      input.setAttribute('aria-activedescendant', items[active].id);
      items[active].scrollIntoView({ block: 'nearest' });
    }

    function choose(i) {
      var o = options[i];
      if (!many) { options.forEach(function (other) { other.selected = false; }); }
      o.selected = true;
      input.value = '';
      changed(o.textContent.trim());
      if (many) { open(); } else { close(); }
    }

    input.addEventListener('input', open);
    input.addEventListener('click', open);
    input.addEventListener('focus', function () { if (input.value) { open(); } });
    input.addEventListener('blur', close);
    input.addEventListener('keydown', function (event) {
      var items = visible();
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (list.hidden) { open(); return; }
        move(active + (event.key === 'ArrowDown' ? 1 : -1));
      } else if (event.key === 'Enter') {
        // Enter chooses; it never sends the form from inside a picker
        event.preventDefault();
        if (!list.hidden && active >= 0 && items[active]) { choose(+items[active].getAttribute('data-index')); }
      } else if (event.key === 'Escape') {
        close();
      } else if (event.key === 'Backspace' && input.value === '') {
        var chosen = options.filter(function (o) { return o.selected && !o.disabled; });
        if (chosen.length > 0) {
          chosen[chosen.length - 1].selected = false;
          changed(chosen[chosen.length - 1].textContent.trim());
        }
      }
    });
    renderChips();
  }

  var count = 0;
  function within(root) {
    root.querySelectorAll('[data-eo-picker]:not([data-eo-ready])').forEach(function (box) {
      box.setAttribute('data-eo-ready', '');
      picker(box, count++);
    });
  }

  // a deferred script runs once the page is parsed, before eoffice.js puts the focus on the first error
  within(document);
  // a picker htmx brings in later (the units of the agency just chosen) works the same
  document.addEventListener('htmx:load', function (event) { within(event.detail.elt.parentNode || document); });
})();
