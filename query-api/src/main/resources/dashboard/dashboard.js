// The dashboard shell: the key prompt, the shared header (range, time zone, interval, audience, filters,
// auto-refresh), navigation between pages by URL fragment, and drawing the current page. Pages are in pages.js.
'use strict';

import { ApiError, downloadCsv, dropKey, endpointParameters, getJson, storeKey, storedKey, url } from './api.js';
import { disposeCharts, element, format, notice } from './render.js';
import { PAGES } from './pages.js';

const REFRESH_MS = 30000;
const HOUR_MS = 3600 * 1000;
const SPANS_MS = { '24h': 24 * HOUR_MS, '7d': 7 * 24 * HOUR_MS, '30d': 30 * 24 * HOUR_MS, '90d': 90 * 24 * HOUR_MS };
const DEFAULT_PAGE = 'overview';

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
  tz: byId('tz'),
  tzChoices: byId('tz-choices'),
  interval: byId('interval'),
  audience: byId('audience'),
  filters: document.querySelectorAll('[data-filter]'),
  activeFilters: byId('active-filters'),
  autoRefresh: byId('auto-refresh'),
  forgetKey: byId('forget-key'),
  shownRange: byId('shown-range'),
  lastUpdated: byId('last-updated'),
  pageLinks: document.querySelectorAll('[data-page-link]'),
};

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
// Page-level choices (group by, metric, ...) survive refreshes and page switches for this tab's life.
const settings = new Map();
// A newer draw supersedes older ones: their answers are dropped when they arrive.
let generation = 0;
let inFlight = false;
let timer = null;

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

const currentPage = () => {
  const name = location.hash.replace(/^#/, '');
  return Object.hasOwn(PAGES, name) ? name : DEFAULT_PAGE;
};

// The value of a datetime-local input for the given instant, in the browser's time zone.
function localInputValue(date) {
  return new Date(date.getTime() - date.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
}

/** The header's choices; throws an Error with a message for the user when they are incomplete. */
function readHeader() {
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
    // Whole hours, ending with the current one: the API then answers from its hourly aggregates instead of minutes.
    to = new Date(Math.ceil(Date.now() / HOUR_MS) * HOUR_MS);
    from = new Date(to.getTime() - SPANS_MS[ui.range.value]);
  }
  const filters = {};
  for (const input of ui.filters) {
    const value = input.value.trim();
    if (value !== '') {
      filters[input.dataset.filter] = value;
    }
  }
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    tz: ui.tz.value.trim() || browserZone,
    interval: ui.interval.value,
    audience: ui.audience.value,
    filters,
  };
}

/** What a page uses to ask the API: the shared parameters its endpoint declares are added, the others noted. */
function context(header, endpoints, view) {
  const unhonoured = new Set();
  // The page's API calls, in order, on the view (data-requests): what a test repeats to compare the numbers drawn.
  const requests = [];
  return {
    header,
    format,
    setting: (name, fallback) => (settings.has(name) ? settings.get(name) : fallback),
    remember: (name, value) => settings.set(name, value),
    reload: () => draw(),
    offers: (path) => Object.hasOwn(endpoints, path),
    // pathValues fill a template's {name} segments, e.g. {campaign_id: 'c-1'} in /campaigns/{campaign_id}/ab; a
    // header filter of the same name is then honoured by the path.
    request(path, extra = {}, pathValues = {}) {
      const declared = endpoints[path];
      if (!declared) {
        throw new ApiError(404, path + ' is not offered by this query API.');
      }
      const concrete = path.replace(/\{([a-z_]+)\}/g, (_, name) => encodeURIComponent(pathValues[name]));
      // A parameter the endpoint declares, with a value its enum (if any) allows.
      const accepts = (name, value) => Object.hasOwn(declared, name)
        && (declared[name].length === 0 || declared[name].includes(value));
      const parameters = { from: header.from, to: header.to };
      for (const name of ['tz', 'interval', 'audience']) {
        if (accepts(name, header[name])) {
          parameters[name] = header[name];
        }
      }
      if (!accepts('audience', header.audience)
        && (header.audience !== 'all' || Object.hasOwn(declared, 'audience'))) {
        unhonoured.add(Object.hasOwn(declared, 'audience')
          ? 'audience ' + header.audience + ' (this page counts ' + declared.audience.join(', ') + ' only)'
          : 'audience');
      }
      for (const [name, value] of Object.entries(header.filters)) {
        if (Object.hasOwn(pathValues, name)) {
          continue;
        }
        if (accepts(name, value)) {
          parameters[name] = value;
        } else {
          unhonoured.add(name);
        }
      }
      Object.assign(parameters, extra);
      this.noteUnhonoured();
      return url(concrete, parameters);
    },
    noteUnhonoured() {
      const existing = view.querySelector('[data-notice="unhonoured"]');
      if (existing) {
        existing.remove();
      }
      if (unhonoured.size > 0) {
        view.prepend(element('p', 'notice', 'Not applied on this page (its data has no such dimension): '
          + [...unhonoured].join(', ') + '.'));
        view.firstChild.dataset.notice = 'unhonoured';
      }
    },
    get(requestUrl) {
      requests.push(requestUrl);
      view.dataset.requests = JSON.stringify(requests);
      return getJson(requestUrl);
    },
    csv(requestUrl, fileName) {
      downloadCsv(requestUrl, fileName).catch((e) => showError(e.message));
    },
  };
}

function markLinks(page) {
  for (const link of ui.pageLinks) {
    if (link.dataset.pageLink === page) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
  for (const section of document.querySelectorAll('[data-page]')) {
    section.hidden = section.dataset.page !== page;
  }
}

function showActiveFilters(header) {
  const count = Object.keys(header.filters).length + (header.audience === 'human' ? 1 : 0);
  ui.activeFilters.textContent = count === 0 ? '' : '(' + count + ' active)';
}

/** Draws the current page from scratch with the header's choices. */
async function draw() {
  if (storedKey() === null) {
    return;
  }
  const page = currentPage();
  markLinks(page);
  const section = document.querySelector('[data-page="' + page + '"]');
  const view = section.querySelector('[data-view]');
  let header;
  try {
    header = readHeader();
  } catch (e) {
    showError(e.message);
    return;
  }
  showActiveFilters(header);
  const mine = ++generation;
  inFlight = true;
  view.setAttribute('aria-busy', 'true');
  view.dataset.state = 'loading';
  disposeCharts();
  const content = element('div', 'view-content');
  view.replaceChildren(content);
  try {
    const endpoints = await endpointParameters();
    await PAGES[page](context(header, endpoints, content), content);
    if (mine !== generation) {
      return;
    }
    clearError();
    ui.shownRange.textContent = new Date(header.from).toLocaleString() + ' to '
      + new Date(header.to).toLocaleString() + ' (' + header.tz + ')';
    const now = new Date();
    ui.lastUpdated.textContent = now.toLocaleTimeString();
    ui.lastUpdated.setAttribute('datetime', now.toISOString());
    view.dataset.state = 'ready';
  } catch (e) {
    if (mine !== generation) {
      return;
    }
    view.dataset.state = 'error';
    notice(content, e.message, 'error');
    showError(e instanceof ApiError && e.status === 503 && ui.autoRefresh.checked
      ? e.message + ' Retrying automatically.' : e.message);
    if (e instanceof ApiError && e.status === 401) {
      // A rejected key stays rejected: drop it and ask again rather than retrying every few seconds.
      forgetKey();
    }
  } finally {
    if (mine === generation) {
      inFlight = false;
      view.removeAttribute('aria-busy');
      view.dataset.generation = String(mine);
    }
  }
}

function schedule() {
  clearInterval(timer);
  timer = null;
  if (ui.autoRefresh.checked && storedKey() !== null) {
    timer = setInterval(() => {
      if (!inFlight && !document.hidden) {
        draw();
      }
    }, REFRESH_MS);
  }
}

function forgetKey() {
  dropKey();
  generation++;
  inFlight = false;
  disposeCharts();
  for (const view of document.querySelectorAll('[data-view]')) {
    view.replaceChildren();
    delete view.dataset.state;
  }
  for (const tile of document.querySelectorAll('[data-metric]')) {
    tile.textContent = '–';
    delete tile.dataset.value;
  }
  ui.shownRange.textContent = 'nothing yet';
  ui.lastUpdated.textContent = 'never';
  ui.lastUpdated.removeAttribute('datetime');
  showKeyState();
  schedule();
  ui.keyInput.focus();
}

function offerZones() {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  for (const zone of zones) {
    const option = document.createElement('option');
    option.value = zone;
    ui.tzChoices.append(option);
  }
  ui.tz.value = browserZone;
}

ui.keyForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const key = ui.keyInput.value.trim();
  if (key === '') {
    return;
  }
  storeKey(key);
  ui.keyInput.value = '';
  clearError();
  showKeyState();
  draw();
  schedule();
});

ui.filterForm.addEventListener('submit', (event) => {
  event.preventDefault();
  draw();
});

for (const select of [ui.interval, ui.audience]) {
  select.addEventListener('change', () => draw());
}

ui.range.addEventListener('change', () => {
  const custom = ui.range.value === 'custom';
  ui.customRange.hidden = !custom;
  if (custom && !ui.from.value && !ui.to.value) {
    const now = new Date();
    ui.from.value = localInputValue(new Date(now.getTime() - SPANS_MS['7d']));
    ui.to.value = localInputValue(now);
  }
  draw();
});

ui.autoRefresh.addEventListener('change', schedule);

ui.forgetKey.addEventListener('click', () => {
  clearError();
  forgetKey();
});

window.addEventListener('hashchange', () => draw());

offerZones();
showKeyState();
draw();
schedule();
