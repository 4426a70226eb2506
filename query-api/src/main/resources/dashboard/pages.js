// The dashboard's pages: what each one asks the API and how it draws the answer. A page gets a context (ctx) that
// adds the shared parameters (range, time zone, interval, audience, filters) an endpoint declares, and notes on the
// page the ones it cannot honour.
'use strict';

import { element, heatmapChart, notice, panel, seriesChart, table, tiles } from './render.js';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const EVENT_TYPES = ['send', 'delivered', 'deferred', 'bounce', 'open', 'click', 'reply', 'unsubscribe', 'complaint',
  'conversion'];
const RATE_NAMES = ['delivery', 'bounce', 'open', 'click', 'reply', 'unsubscribe', 'complaint'];
const MODELS = ['first_touch', 'last_touch', 'linear', 'time_decay', 'position_based'];

/** A select among choices, kept per page across refreshes; onChange redraws the page. */
function control(container, ctx, name, label, choices) {
  const wrapper = element('label', 'page-control', label + ' ');
  const select = element('select');
  select.dataset.control = name;
  for (const choice of choices) {
    const option = element('option', null, choice);
    option.value = choice;
    select.append(option);
  }
  select.value = ctx.setting(name, choices[0]);
  select.addEventListener('change', () => {
    ctx.remember(name, select.value);
    ctx.reload();
  });
  wrapper.append(select);
  container.append(wrapper);
  return select.value;
}

function controls(view) {
  const bar = element('div', 'row page-controls');
  view.append(bar);
  return bar;
}

/** A table with its CSV button, both for the same request. */
function csvTable(box, ctx, request, name, columns, rows) {
  return table(box, name, columns, rows, { onClick: () => ctx.csv(request, name + '.csv') });
}

/** Renders the endpoint's absence honestly rather than an empty page. */
function unavailable(view, path) {
  notice(view, 'This view needs ' + path + ', which this query API does not offer yet.', 'unavailable');
}

async function overview(ctx, view) {
  const request = ctx.request('/v1/analytics/overview');
  const answer = await ctx.get(request);
  for (const tile of document.querySelectorAll('[data-metric]')) {
    const [group, name] = tile.dataset.metric.split('.');
    const value = (group === 'count' ? answer.counts : answer.rates)[name];
    tile.textContent = ctx.format(value, group === 'count' ? 'count' : 'rate');
    tile.dataset.value = String(value);
  }
  const box = panel(view, 'Events by type');
  seriesChart(box, 'overview-counts', 'Events and distinct messages by type', EVENT_TYPES, {
    events: EVENT_TYPES.map((type) => answer.counts[type]),
    messages: EVENT_TYPES.map((type) => answer.unique_messages[type]),
  });
  csvTable(box, ctx, request, 'overview', [
    { key: 'type', label: 'Type', kind: 'text' },
    { key: 'events', label: 'Events', kind: 'count' },
    { key: 'messages', label: 'Distinct messages', kind: 'count' },
  ], EVENT_TYPES.map((type) => ({
    type, events: answer.counts[type], messages: answer.unique_messages[type],
  })));
  const rates = panel(view, 'Funnel rates');
  seriesChart(rates, 'overview-rates', 'Rates over distinct messages', RATE_NAMES,
    { rate: RATE_NAMES.map((name) => answer.rates[name]) }, { kind: 'rate' });
}

const DELIVERABILITY_COLUMNS = [
  { key: 'key', label: 'Group', kind: 'text' },
  { key: 'sent', label: 'Sent', kind: 'count', value: (row) => row.counters.sent },
  { key: 'delivered', label: 'Delivered', kind: 'count', value: (row) => row.counters.delivered },
  { key: 'bounced', label: 'Bounced', kind: 'count', value: (row) => row.counters.bounced_hard
      + row.counters.bounced_soft + row.counters.bounced_block + row.counters.bounced_undetermined },
  { key: 'complaints', label: 'Complaints', kind: 'count', value: (row) => row.counters.complaints },
  { key: 'opens_all', label: 'Opens (all)', kind: 'count', value: (row) => row.counters.opens_all },
  { key: 'opens_human', label: 'Opens (human)', kind: 'count', value: (row) => row.counters.opens_human },
  { key: 'delivery', label: 'Delivery', kind: 'rate', value: (row) => row.rates.delivery },
  { key: 'bounce', label: 'Bounce', kind: 'rate', value: (row) => row.rates.bounce },
  { key: 'complaint', label: 'Complaint', kind: 'rate', value: (row) => row.rates.complaint },
  { key: 'unique_human_open', label: 'Human open', kind: 'rate', value: (row) => row.rates.unique_human_open },
  { key: 'unique_human_click', label: 'Human click', kind: 'rate', value: (row) => row.rates.unique_human_click },
  { key: 'human_reply', label: 'Reply', kind: 'rate', value: (row) => row.rates.human_reply },
];

/** Chart labels for groups: the key, or a stand-in for events that lacked the dimension. */
const groupLabel = (key) => (key === '' ? '(none)' : key);

async function deliverability(ctx, view) {
  const groupBy = control(controls(view), ctx, 'group_by', 'Group by',
    ['provider', 'sending_domain', 'sending_ip', 'mailbox', 'campaign']);
  const request = ctx.request('/v1/analytics/deliverability', { group_by: groupBy });
  const answer = await ctx.get(request);
  const box = panel(view, 'Deliverability by ' + groupBy.replace('_', ' '),
    'Rates: delivery and bounce per message sent; complaint, human open, click and reply per message delivered.');
  const shown = answer.groups.slice(0, 15);
  seriesChart(box, 'deliverability-rates', 'Rates per ' + groupBy.replace('_', ' ') + ' (top 15 by sends)',
    shown.map((group) => groupLabel(group.key)), {
      delivery: shown.map((group) => group.rates.delivery),
      bounce: shown.map((group) => group.rates.bounce),
      complaint: shown.map((group) => group.rates.complaint),
    }, { kind: 'rate' });
  csvTable(box, ctx, request, 'deliverability', DELIVERABILITY_COLUMNS, answer.groups);
}

async function heatmap(ctx, view) {
  const metric = control(controls(view), ctx, 'metric', 'Recommend for', ['opens', 'clicks', 'replies']);
  const request = ctx.request('/v1/analytics/heatmap', { metric });
  const answer = await ctx.get(request);
  const field = { opens: 'opens_human', clicks: 'clicks_human', replies: 'replies_human' }[metric];
  const values = DAYS.map(() => HOURS.map(() => 0));
  const sends = DAYS.map(() => HOURS.map(() => 0));
  for (const cell of answer.cells) {
    values[cell.day_of_week - 1][cell.hour] = cell[field];
    sends[cell.day_of_week - 1][cell.hour] = cell.sends;
  }
  const box = panel(view, 'Human ' + metric + ' by local day and hour',
    'In each recipient\'s local time; opens count human and image-proxy opens, clicks and replies only humans.');
  heatmapChart(box, 'heatmap-' + metric, 'Human ' + metric + ' per slot', HOURS, DAYS, values);
  heatmapChart(box, 'heatmap-sends', 'Sends per slot', HOURS, DAYS, sends);
  const advice = panel(view, 'Recommended send slots',
    'Slots with at least ' + answer.recommendation.minimum_sends + ' sends, best lower bound of the '
    + Math.round(answer.recommendation.confidence_level * 100) + ' % Wilson interval first. Average rate: '
    + ctx.format(answer.recommendation.average_rate, 'rate') + '.');
  csvTable(advice, ctx, request, 'send-time', [
    { key: 'day', label: 'Day', kind: 'text', value: (slot) => DAYS[slot.day_of_week - 1] },
    { key: 'hour', label: 'Hour', kind: 'count' },
    { key: 'sends', label: 'Sends', kind: 'count' },
    { key: 'events', label: 'Events', kind: 'count' },
    { key: 'rate', label: 'Rate', kind: 'rate' },
    { key: 'lower_bound', label: 'Lower bound', kind: 'rate' },
    { key: 'upper_bound', label: 'Upper bound', kind: 'rate' },
    { key: 'lift', label: 'Lift', kind: 'rate' },
    { key: 'confidence', label: 'Confidence', kind: 'rate' },
  ], answer.recommendation.slots);
}

function attributionKey(group, groupBy) {
  const campaign = groupLabel(group.campaign_id);
  if (groupBy === 'variant') {
    return campaign + ' / ' + groupLabel(group.variant);
  }
  if (groupBy === 'step') {
    return campaign + ' / step ' + group.sequence_step;
  }
  return campaign;
}

const revenueText = (revenue) => Object.entries(revenue).map(([currency, value]) => currency + ' ' + value).join(', ');

async function attribution(ctx, view) {
  const groupBy = control(controls(view), ctx, 'attribution_group_by', 'Group by', ['campaign', 'variant', 'step']);
  const request = ctx.request('/v1/analytics/attribution', { group_by: groupBy });
  const answer = await ctx.get(request);
  const labels = answer.groups.map((group) => attributionKey(group, groupBy));
  const box = panel(view, 'Credited conversions by model',
    'Every model side by side over the same conversions; revenue per currency, never converted.');
  const series = {};
  for (const model of MODELS) {
    series[model] = answer.groups.map((group) => group.models[model].conversions);
  }
  seriesChart(box, 'attribution-models', 'Conversions credited per ' + groupBy, labels, series);
  const columns = [{ key: 'group', label: groupBy, kind: 'text', value: (group) => attributionKey(group, groupBy) }];
  for (const model of MODELS) {
    columns.push({ key: model, label: model.replace('_', ' '), kind: 'decimal',
      value: (group) => group.models[model].conversions });
    columns.push({ key: model + '_revenue', label: 'revenue', kind: 'text',
      value: (group) => revenueText(group.models[model].revenue) });
  }
  csvTable(box, ctx, request, 'attribution', columns, answer.groups);
  tiles(view, 'attribution-unattributed', [
    { key: 'unattributed', label: 'Unattributed conversions', value: answer.unattributed.conversions,
      kind: 'decimal' },
  ]);
}

async function cohorts(ctx, view) {
  const bar = controls(view);
  const period = control(bar, ctx, 'period', 'Period', ['week', 'day', 'month']);
  const activity = control(bar, ctx, 'activity', 'Active by', ['open', 'click', 'reply', 'conversion']);
  const cohortBy = control(bar, ctx, 'cohort_by', 'Cohort by', ['first_send', 'first_engagement']);
  const request = ctx.request('/v1/analytics/cohorts', { period, activity, cohort_by: cohortBy });
  const answer = await ctx.get(request);
  const ks = Array.from({ length: answer.periods }, (_, k) => k);
  const starts = answer.cohorts.map((cohort) => cohort.start);
  const shares = answer.cohorts.map((cohort) => ks.map((k) => (cohort.periods[k] ? cohort.periods[k].share : 0)));
  const box = panel(view, 'Retention: share of each cohort active in period k',
    'Contacts grouped by the ' + period + ' of their ' + cohortBy.replace('_', ' ') + ' (' + answer.tz + ').');
  heatmapChart(box, 'cohorts-retention', 'Share active (' + activity + ') per cohort and period', ks, starts, shares,
    { kind: 'rate' });
  const columns = [
    { key: 'start', label: 'Cohort', kind: 'text' },
    { key: 'size', label: 'Contacts', kind: 'count' },
  ];
  for (const k of ks) {
    columns.push({ key: 'k' + k, label: String(k), kind: 'rate',
      value: (cohort) => (cohort.periods[k] ? cohort.periods[k].share : null) });
  }
  csvTable(box, ctx, request, 'cohorts', columns, answer.cohorts);
}

async function campaigns(ctx, view) {
  unavailable(view, '/v1/analytics/campaigns');
}

async function botFiltering(ctx, view) {
  unavailable(view, '/v1/analytics/bot-filtering');
}

async function alerts(ctx, view) {
  unavailable(view, '/v1/analytics/alerts');
}

/** Every page by its name in the URL fragment, in navigation order. */
export const PAGES = {
  overview, deliverability, heatmap, campaigns, attribution, cohorts, 'bot-filtering': botFiltering, alerts,
};
