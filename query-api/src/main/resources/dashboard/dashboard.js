// The walking-skeleton dashboard: reads GET /v1/analytics/overview with the user's API key and fills the tiles.
// Everything is rendered through textContent, and the key is only ever sent in the Authorization header.
'use strict';

(() => {
  const KEY_STORAGE = 'penguinmails.queryApiKey';
  const OVERVIEW_PATH = '/v1/analytics/overview';
  const REFRESH_MS = 5000;
  const HOUR_MS = 3600 * 1000;
  const SPANS_MS = { '24h': 24 * HOUR_MS, '7d': 7 * 24 * HOUR_MS, '30d': 30 * 24 * HOUR_MS };
  const EMPTY = '–';

  const countFormat = new Intl.NumberFormat();
  const rateFormat = new Intl.NumberFormat(undefined,
    { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });

  const byId = (id) => document.getElementById(id);
  const ui = {
    error: byId('error'),
    keyPanel: byId('key-panel'),
    keyForm: byId('key-form'),
    keyInput: byId('api-key'),
    dashboard: byId('dashboard'),
    filterForm: byId('filter-form'),
    range: byId('range'),
    customRange: byId('custom-range'),
    from: byId('from'),
    to: byId('to'),
    campaign: byId('campaign'),
    autoRefresh: byId('auto-refresh'),
    forgetKey: byId('forget-key'),
    shownRange: byId('shown-range'),
    lastUpdated: byId('last-updated'),
    overview: byId('overview'),
    metrics: document.querySelectorAll('[data-metric]'),
  };

  // A newer request supersedes older ones: their answers are dropped when they arrive.
  let latestRequest = 0;
  let inFlight = false;
  let timer = null;

  const storedKey = () => sessionStorage.getItem(KEY_STORAGE);

  function showError(message) {
    ui.error.textContent = message;
    ui.error.hidden = false;
  }

  function clearError() {
    ui.error.textContent = '';
    ui.error.hidden = true;
  }

  function showKeyState() {
    const hasKey = storedKey() !== null;
    ui.keyPanel.hidden = hasKey;
    ui.dashboard.hidden = !hasKey;
  }

  // The value of a datetime-local input for the given instant, in the browser's time zone.
  function localInputValue(date) {
    return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  }

  // The query string for the current filters; throws an Error with a message for the user when they are incomplete.
  function overviewQuery() {
    let from;
    let to;
    if (ui.range.value === 'custom') {
      if (!ui.from.value || !ui.to.value) {
        throw new Error('Choose both a start and an end for the custom range.');
      }
      // A datetime-local value has no offset: the browser reads it in its own time zone.
      from = new Date(ui.from.value);
      to = new Date(ui.to.value);
    } else {
      to = new Date();
      from = new Date(to.getTime() - SPANS_MS[ui.range.value]);
    }
    const parameters = [['from', from.toISOString()], ['to', to.toISOString()]];
    const campaign = ui.campaign.value.trim();
    if (campaign !== '') {
      parameters.push(['campaign_id', campaign]);
    }
    return parameters.map(([name, value]) => name + '=' + encodeURIComponent(value)).join('&');
  }

  async function readBody(response) {
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      // Not the API's JSON (e.g. a proxy's error page): show its start only.
      return { message: text.slice(0, 300) };
    }
  }

  function errorMessage(status, body) {
    const detail = body && typeof body.message === 'string' && body.message !== ''
      ? body.message : 'HTTP ' + status;
    switch (status) {
      case 400: return 'The query was refused (400): ' + detail;
      case 401: return 'The API key was not accepted (401): ' + detail;
      case 503: return 'Analytics are unavailable right now (503): ' + detail
        + (ui.autoRefresh.checked ? ' Retrying automatically.' : '');
      default: return 'The query API answered ' + status + ': ' + detail;
    }
  }

  function clearMetrics() {
    for (const element of ui.metrics) {
      element.textContent = EMPTY;
      delete element.dataset.value;
    }
    ui.shownRange.textContent = 'nothing yet';
    ui.lastUpdated.textContent = 'never';
    ui.lastUpdated.removeAttribute('datetime');
  }

  function render(overview) {
    for (const element of ui.metrics) {
      const [group, name] = element.dataset.metric.split('.');
      const values = group === 'count' ? overview.counts : overview.rates;
      const value = values ? values[name] : undefined;
      if (typeof value !== 'number') {
        element.textContent = EMPTY;
        delete element.dataset.value;
        continue;
      }
      // data-value keeps the API's number exactly (a fraction for rates), independent of the browser's locale.
      element.dataset.value = String(value);
      element.textContent = group === 'count' ? countFormat.format(value) : rateFormat.format(value);
    }
    ui.shownRange.textContent = new Date(overview.from).toLocaleString() + ' to '
      + new Date(overview.to).toLocaleString()
      + (overview.campaign_id === undefined ? ', all campaigns' : ', campaign ' + overview.campaign_id);
    const now = new Date();
    ui.lastUpdated.textContent = now.toLocaleTimeString();
    ui.lastUpdated.setAttribute('datetime', now.toISOString());
  }

  async function refresh() {
    const key = storedKey();
    if (key === null) {
      return;
    }
    let query;
    try {
      query = overviewQuery();
    } catch (e) {
      showError(e.message);
      return;
    }
    const request = ++latestRequest;
    inFlight = true;
    ui.overview.setAttribute('aria-busy', 'true');
    try {
      const response = await fetch(OVERVIEW_PATH + '?' + query, {
        headers: { Authorization: 'Bearer ' + key, Accept: 'application/json' },
        cache: 'no-store',
        credentials: 'omit',
      });
      const body = await readBody(response);
      if (request !== latestRequest) {
        return;
      }
      if (response.ok) {
        clearError();
        render(body);
        return;
      }
      showError(errorMessage(response.status, body));
      if (response.status === 401) {
        // A rejected key stays rejected: drop it and ask again rather than retrying every few seconds.
        forgetKey();
      }
    } catch (e) {
      if (request === latestRequest) {
        showError('The query API could not be reached: ' + e.message);
      }
    } finally {
      if (request === latestRequest) {
        inFlight = false;
        ui.overview.removeAttribute('aria-busy');
      }
    }
  }

  function schedule() {
    clearInterval(timer);
    timer = null;
    if (ui.autoRefresh.checked && storedKey() !== null) {
      timer = setInterval(() => {
        if (!inFlight && !document.hidden) {
          refresh();
        }
      }, REFRESH_MS);
    }
  }

  function forgetKey() {
    sessionStorage.removeItem(KEY_STORAGE);
    latestRequest++;
    inFlight = false;
    ui.overview.removeAttribute('aria-busy');
    clearMetrics();
    showKeyState();
    schedule();
    ui.keyInput.focus();
  }

  ui.keyForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const key = ui.keyInput.value.trim();
    if (key === '') {
      return;
    }
    sessionStorage.setItem(KEY_STORAGE, key);
    ui.keyInput.value = '';
    clearError();
    showKeyState();
    refresh();
    schedule();
  });

  ui.filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    refresh();
  });

  ui.range.addEventListener('change', () => {
    const custom = ui.range.value === 'custom';
    ui.customRange.hidden = !custom;
    if (custom && !ui.from.value && !ui.to.value) {
      const now = new Date();
      ui.from.value = localInputValue(new Date(now.getTime() - SPANS_MS['24h']));
      ui.to.value = localInputValue(now);
    }
    refresh();
  });

  ui.autoRefresh.addEventListener('change', schedule);

  ui.forgetKey.addEventListener('click', () => {
    clearError();
    forgetKey();
  });

  showKeyState();
  refresh();
  schedule();
})();
