// Builds what a page shows through DOM APIs and textContent only (never HTML from data): tiles, tables with a CSV
// button, and ECharts charts. Every chart keeps the numbers it draws in data-series (JSON: labels and one array per
// series) and in a visually hidden table, so tests and screen readers read exactly what is drawn.
'use strict';

const counts = new Intl.NumberFormat();
const decimals = new Intl.NumberFormat(undefined, { maximumFractionDigits: 4 });
const percents = new Intl.NumberFormat(undefined,
  { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const EMPTY = '–';

/** How a number is written: 'count', 'rate' (a fraction shown as a percentage), 'decimal' or 'text'. */
export function format(value, kind) {
  if (value === null || value === undefined || value === '') {
    return EMPTY;
  }
  if (typeof value !== 'number') {
    return String(value);
  }
  switch (kind) {
    case 'count': return counts.format(value);
    case 'rate': return percents.format(value);
    default: return decimals.format(value);
  }
}

/** A new element with optional class and text. */
export function element(tag, className, text) {
  const created = document.createElement(tag);
  if (className) {
    created.className = className;
  }
  if (text !== undefined && text !== null) {
    created.textContent = text;
  }
  return created;
}

/** A panel (titled box) appended to container; returns its body. */
export function panel(container, title, note) {
  const box = element('section', 'panel');
  box.append(element('h3', null, title));
  if (note) {
    box.append(element('p', 'hint', note));
  }
  container.append(box);
  return box;
}

/** A short message in place of data, e.g. an empty answer or a view this server does not offer. */
export function notice(container, text, name) {
  const paragraph = element('p', 'notice', text);
  if (name) {
    paragraph.dataset.notice = name;
  }
  container.append(paragraph);
  return paragraph;
}

/**
 * A table: columns are {key, label, kind}; rows are objects whose values are read with column.value(row) when given,
 * else row[column.key]. Each cell keeps the exact value in data-value (numbers as the API sent them). With csv
 * ({onClick}), a CSV button sits above the table.
 */
export function table(container, name, columns, rows, csv) {
  const wrap = element('div', 'table-block');
  if (csv) {
    const bar = element('div', 'table-actions');
    const button = element('button', 'secondary csv', 'CSV');
    button.type = 'button';
    button.dataset.csv = name;
    button.title = 'Download this table as CSV';
    button.addEventListener('click', csv.onClick);
    bar.append(button);
    wrap.append(bar);
  }
  const scroller = element('div', 'table-scroll');
  const grid = element('table', 'data');
  grid.dataset.table = name;
  const head = grid.createTHead().insertRow();
  for (const column of columns) {
    const cell = element('th', column.kind && column.kind !== 'text' ? 'num' : null, column.label);
    cell.scope = 'col';
    cell.dataset.column = column.key;
    head.append(cell);
  }
  const body = grid.createTBody();
  for (const row of rows) {
    const line = body.insertRow();
    for (const column of columns) {
      const value = column.value ? column.value(row) : row[column.key];
      const cell = line.insertCell();
      cell.dataset.column = column.key;
      if (column.kind && column.kind !== 'text') {
        cell.className = 'num';
      }
      if (value !== null && value !== undefined) {
        cell.dataset.value = typeof value === 'object' ? JSON.stringify(value) : String(value);
      }
      cell.textContent = format(value, column.kind);
    }
  }
  if (rows.length === 0) {
    const line = body.insertRow();
    const cell = line.insertCell();
    cell.colSpan = columns.length;
    cell.className = 'empty';
    cell.textContent = 'No data for these parameters.';
  }
  scroller.append(grid);
  wrap.append(scroller);
  container.append(wrap);
  return grid;
}

function hiddenTable(figure, labels, series, columnLabels) {
  // A table ignores a small width and overflow: the wrapper is what is clipped to nothing.
  const hidden = element('div', 'visually-hidden');
  const data = element('table', 'chart-data');
  const head = data.createTHead().insertRow();
  head.append(element('th', null, ''));
  for (const name of Object.keys(series)) {
    head.append(element('th', null, name));
  }
  const body = data.createTBody();
  labels.forEach((label, index) => {
    const line = body.insertRow();
    line.append(element('th', null, columnLabels ? columnLabels[index] : String(label)));
    for (const values of Object.values(series)) {
      line.insertCell().textContent = String(values[index]);
    }
  });
  hidden.append(data);
  figure.append(hidden);
}

const charts = new Set();

/** Drops the page's charts (their ECharts instances) before it is drawn again. */
export function disposeCharts() {
  for (const chart of charts) {
    chart.dispose();
  }
  charts.clear();
}

window.addEventListener('resize', () => {
  for (const chart of charts) {
    chart.resize();
  }
});

function figureFor(container, name, title, labels, series) {
  const figure = element('figure', 'chart');
  figure.dataset.chart = name;
  figure.dataset.series = JSON.stringify({ labels, series });
  figure.append(element('figcaption', null, title));
  const canvas = element('div', 'chart-canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', title);
  figure.append(canvas);
  container.append(figure);
  return { figure, canvas };
}

function draw(canvas, option) {
  // ECharts is loaded by its own script tag; without it the hidden table still carries the numbers.
  if (typeof window.echarts === 'undefined') {
    throw new Error('the charting library did not load');
  }
  const chart = window.echarts.init(canvas, null, { renderer: 'canvas' });
  chart.setOption(Object.assign({ animation: false, tooltip: { trigger: 'axis' } }, option));
  charts.add(chart);
  return chart;
}

/**
 * A bar or line chart: labels along the x axis, one bar/line per series ({name: numbers}). kind 'rate' shows the
 * axis as percentages.
 */
export function seriesChart(container, name, title, labels, series, options = {}) {
  const { figure, canvas } = figureFor(container, name, title, labels, series);
  const type = options.type || 'bar';
  const percentAxis = options.kind === 'rate';
  draw(canvas, {
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    legend: { type: 'scroll', top: 0 },
    xAxis: { type: 'category', data: labels.map(String), axisLabel: { hideOverlap: true } },
    yAxis: {
      type: 'value',
      axisLabel: percentAxis ? { formatter: (value) => percents.format(value) } : {},
    },
    series: Object.entries(series).map(([seriesName, values]) => ({
      name: seriesName, type, data: values, stack: options.stacked ? 'total' : undefined,
      showSymbol: type === 'line' && labels.length < 60,
    })),
  });
  hiddenTable(figure, labels, series);
  return figure;
}

/**
 * A heatmap: xLabels across, yLabels down, values[y][x]. data-series holds labels (x), rows (y) and one series per
 * row named by its y label, so a test reads cell (x, y) as series[yLabel][x].
 */
export function heatmapChart(container, name, title, xLabels, yLabels, values, options = {}) {
  const series = {};
  yLabels.forEach((label, y) => {
    series[label] = values[y];
  });
  const { figure, canvas } = figureFor(container, name, title, xLabels, series);
  const points = [];
  let max = 0;
  values.forEach((row, y) => row.forEach((value, x) => {
    points.push([x, y, value]);
    max = Math.max(max, value);
  }));
  draw(canvas, {
    tooltip: { position: 'top' },
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: xLabels.map(String), splitArea: { show: true } },
    yAxis: { type: 'category', data: yLabels.map(String), inverse: true, splitArea: { show: true } },
    visualMap: {
      min: 0, max: max > 0 ? max : 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
      itemHeight: 120, formatter: options.kind === 'rate' ? (value) => percents.format(value) : undefined,
    },
    series: [{ type: 'heatmap', data: points, progressive: 0 }],
  });
  hiddenTable(figure, yLabels, Object.fromEntries(xLabels.map((x, index) => [String(x),
    values.map((row) => row[index])])));
  return figure;
}

/** Tiles of label and value; each value keeps the exact number in data-value and its name in data-kpi. */
export function tiles(container, name, items) {
  const list = element('dl', 'tiles');
  list.dataset.tiles = name;
  for (const item of items) {
    const tile = element('div', 'tile');
    tile.append(element('dt', null, item.label));
    const value = element('dd', null, format(item.value, item.kind));
    value.dataset.kpi = item.key;
    if (item.value !== null && item.value !== undefined) {
      value.dataset.value = String(item.value);
    }
    tile.append(value);
    list.append(tile);
  }
  container.append(list);
  return list;
}
