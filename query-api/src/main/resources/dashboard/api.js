// Talks to the query API: the key (session storage only, sent only in the Authorization header), which parameters
// each endpoint declares in the served OpenAPI document, JSON reads and CSV downloads.
'use strict';

const KEY_STORAGE = 'penguinmails.queryApiKey';
const ENDPOINTS_PATH = '/dashboard/endpoints.json';

/** An answer other than 2xx, with the API's message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const storedKey = () => sessionStorage.getItem(KEY_STORAGE);
export const storeKey = (key) => sessionStorage.setItem(KEY_STORAGE, key);
export const dropKey = () => sessionStorage.removeItem(KEY_STORAGE);

let endpoints = null;

/** The query parameter names each GET path of the API declares, e.g. {'/v1/analytics/overview': ['from', ...]}. */
export async function endpointParameters() {
  if (endpoints === null) {
    const response = await fetch(ENDPOINTS_PATH, { cache: 'no-store', credentials: 'omit' });
    if (!response.ok) {
      throw new ApiError(response.status, 'the list of API endpoints could not be read (HTTP ' + response.status + ')');
    }
    endpoints = await response.json();
  }
  return endpoints;
}

/**
 * The URL (path and query) for one request; an array value repeats its parameter, and null, undefined or '' values
 * are left out.
 */
export function url(path, parameters) {
  const query = Object.entries(parameters)
    .flatMap(([name, value]) => (Array.isArray(value) ? value.map((each) => [name, each]) : [[name, value]]))
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([name, value]) => encodeURIComponent(name) + '=' + encodeURIComponent(value))
    .join('&');
  return query === '' ? path : path + '?' + query;
}

function explain(status, text) {
  let detail = 'HTTP ' + status;
  try {
    const body = JSON.parse(text);
    if (body && typeof body.message === 'string' && body.message !== '') {
      detail = body.message;
    }
  } catch {
    // Not the API's JSON (e.g. a proxy's error page): show its start only.
    if (text.trim() !== '') {
      detail = text.slice(0, 300);
    }
  }
  switch (status) {
    case 400: return 'The query was refused (400): ' + detail;
    case 401: return 'The API key was not accepted (401): ' + detail;
    case 406: return 'This table cannot be exported as CSV (406): ' + detail;
    case 503: return 'Analytics are unavailable right now (503): ' + detail;
    default: return 'The query API answered ' + status + ': ' + detail;
  }
}

async function call(requestUrl, accept) {
  const key = storedKey();
  if (key === null) {
    throw new ApiError(401, 'No API key: enter one first.');
  }
  const response = await fetch(requestUrl, {
    headers: { Authorization: 'Bearer ' + key, Accept: accept },
    cache: 'no-store',
    credentials: 'omit',
  });
  if (!response.ok) {
    throw new ApiError(response.status, explain(response.status, await response.text()));
  }
  return response;
}

/** GETs one JSON answer; throws ApiError with a message for the user on any other status. */
export async function getJson(requestUrl) {
  const response = await call(requestUrl, 'application/json');
  return response.json();
}

function fileName(response, fallback) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = /filename="?([^";]+)"?/.exec(disposition);
  return match ? match[1] : fallback;
}

/** GETs the CSV form of a table view and hands it to the browser as a download. */
export async function downloadCsv(requestUrl, fallbackName) {
  const response = await call(requestUrl, 'text/csv');
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName(response, fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the object URL; release it once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
