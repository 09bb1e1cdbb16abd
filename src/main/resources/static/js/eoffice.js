// eOffice page behaviour: CSRF header on htmx requests and the live unread-notification counter.
(function () {
  'use strict';
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var bell = document.getElementById('notification-bell');
    var badge = document.getElementById('unread-count');
    if (!bell || !badge || !window.EventSource) {
      return;
    }
    var source = new EventSource(bell.getAttribute('data-stream'));
    source.addEventListener('unread', function (event) {
      var count = parseInt(event.data, 10) || 0;
      badge.textContent = count > 0 ? String(count) : '';
    });
  });
})();
