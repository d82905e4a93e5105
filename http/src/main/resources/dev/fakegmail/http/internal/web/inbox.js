// The inbox page updates itself as messages arrive: a long poll (the server holds each request until the inbox
// changes or about 20 seconds pass), then the page's own rows are fetched again. Never a busy loop: after an
// error it waits before asking again.
(function () {
  'use strict';
  const rows = document.getElementById('rows');
  if (!rows) {
    return;
  }
  const status = document.getElementById('live');
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  async function refresh() {
    const response = await fetch(window.location.pathname + window.location.search, { cache: 'no-store' });
    if (!response.ok) {
      throw new Error('inbox answered ' + response.status);
    }
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const known = new Set(Array.from(rows.querySelectorAll('tr[data-id]'), (row) => row.dataset.id));
    const fresh = page.getElementById('rows');
    fresh.querySelectorAll('tr[data-id]').forEach((row) => {
      if (!known.has(row.dataset.id)) {
        row.classList.add('new');
      }
    });
    rows.replaceChildren(...fresh.childNodes);
    rows.dataset.state = fresh.dataset.state;
    document.getElementById('count').textContent = page.getElementById('count').textContent;
    const nav = document.getElementById('pages');
    const freshNav = page.getElementById('pages');
    if (nav && freshNav) {
      nav.replaceWith(freshNav);
    }
    document.title = page.title;
  }

  async function follow() {
    for (;;) {
      try {
        const asked = fetch('/messages/wait?state=' + encodeURIComponent(rows.dataset.state), { cache: 'no-store' });
        if (status) {
          status.textContent = '● live';
        }
        const response = await asked;
        if (!response.ok) {
          throw new Error('wait answered ' + response.status);
        }
        const state = (await response.text()).trim();
        if (state !== rows.dataset.state) {
          await refresh();
        }
      } catch (e) {
        if (status) {
          status.textContent = '○ reconnecting';
        }
        await pause(2000);
      }
    }
  }

  follow();
})();
