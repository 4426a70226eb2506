// The dashboard's pages: what each one asks the API and how it draws the answer. A page gets a context (ctx) that
// adds the shared parameters (range, time zone, interval, audience, filters) an endpoint declares, and notes on the
// page the ones it cannot honour.
'use strict';

import { element, format, heatmapChart, notice, panel, seriesChart, table, tiles } from './render.js';

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
  const remembered = ctx.setting(name, choices[0]);
  select.value = choices.includes(remembered) ? remembered : choices[0];
  select.addEventListener('change', () => {
    ctx.remember(name, select.value);
    ctx.reload();
  });
  wrapper.append(select);
  container.append(wrapper);
  return select.value;
}

/** A multiple choice among choices (at most max kept), remembered per page; onChange redraws the page. */
function multiControl(container, ctx, name, label, choices, fallback, max) {
  const wrapper = element('label', 'page-control', label + ' ');
  const select = element('select');
  select.multiple = true;
  select.size = Math.min(4, Math.max(2, choices.length));
  select.dataset.control = name;
  const chosen = ctx.setting(name, fallback).filter((choice) => choices.includes(choice)).slice(0, max);
  for (const choice of choices) {
    const option = element('option', null, choice);
    option.value = choice;
    option.selected = chosen.includes(choice);
    select.append(option);
  }
  select.addEventListener('change', () => {
    ctx.remember(name, [...select.selectedOptions].map((option) => option.value).slice(0, max));
    ctx.reload();
  });
  wrapper.append(select);
  container.append(wrapper);
  return chosen;
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
  if (Array.isArray(answer.series)) {
    const over = panel(view, 'Over time', 'Events per ' + answer.interval + ' in ' + answer.tz + ' ('
      + answer.audience + ' opens and clicks).');
    const shown = ['send', 'delivered', 'bounce', 'open', 'click', 'reply'];
    seriesChart(over, 'overview-series', 'Events per ' + answer.interval,
      answer.series.map((bucket) => bucket.start),
      Object.fromEntries(shown.map((type) => [type, answer.series.map((bucket) => bucket.counts[type])])),
      { type: 'line' });
  }
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
  if (ctx.offers('/v1/analytics/deliverability/bounces')) {
    await bounces(ctx, view, groupBy);
  }
  if (ctx.offers('/v1/analytics/deliverability/series')) {
    await deliverabilitySeries(ctx, view);
  }
  if (ctx.offers('/v1/analytics/health')) {
    await health(ctx, view);
  }
}

const thresholdsText = (thresholds) => (thresholds ? 'Thresholds: ' + Object.entries(thresholds)
  .map(([name, value]) => name.replaceAll('_', ' ') + ' ' + (typeof value === 'number' && value < 1
    ? format(value, 'rate') : value)).join(', ') + '.' : '');

async function bounces(ctx, view, groupBy) {
  const request = ctx.request('/v1/analytics/deliverability/bounces', { group_by: groupBy });
  const answer = await ctx.get(request);
  const box = panel(view, 'Bounces and complaints against thresholds', thresholdsText(answer.thresholds));
  csvTable(box, ctx, request, 'bounces', [
    { key: 'key', label: 'Group', kind: 'text' },
    { key: 'sent', label: 'Sent', kind: 'count' },
    { key: 'bounced', label: 'Bounced', kind: 'count' },
    { key: 'bounce_rate', label: 'Bounce rate', kind: 'rate' },
    { key: 'bounce_status', label: 'Bounce status', kind: 'text' },
    { key: 'complaints', label: 'Complaints', kind: 'count' },
    { key: 'complaint_rate', label: 'Complaint rate', kind: 'rate' },
    { key: 'complaint_status', label: 'Complaint status', kind: 'text' },
  ], answer.rows);
  const reasons = answer.rows.flatMap((row) => row.reasons.map((reason) => ({ key: row.key, ...reason })));
  table(box, 'bounce-reasons', [
    { key: 'key', label: 'Group', kind: 'text' },
    { key: 'bounce_type', label: 'Type', kind: 'text' },
    { key: 'reason', label: 'Reason', kind: 'text' },
    { key: 'bounces', label: 'Bounces', kind: 'count' },
    { key: 'share_of_bounces', label: 'Share of bounces', kind: 'rate' },
  ], reasons);
}

async function deliverabilitySeries(ctx, view) {
  const request = ctx.request('/v1/analytics/deliverability/series');
  const answer = await ctx.get(request);
  const box = panel(view, 'Bounce and complaint rates over time (' + answer.interval + ')',
    thresholdsText(answer.thresholds));
  seriesChart(box, 'deliverability-series', 'Rates per ' + answer.interval,
    answer.points.map((point) => point.bucket), {
      bounce_rate: answer.points.map((point) => point.bounce_rate),
      complaint_rate: answer.points.map((point) => point.complaint_rate),
    }, { type: 'line', kind: 'rate' });
}

async function health(ctx, view) {
  const scope = control(controls(view), ctx, 'health_scope', 'Health of', ['sending_domain', 'mailbox', 'sending_ip']);
  const request = ctx.request('/v1/analytics/health', { scope });
  const answer = await ctx.get(request);
  const box = panel(view, 'Health scores by ' + scope.replace('_', ' '),
    'Latest score (0-100) of each ' + scope.replace('_', ' ') + ' from the stream job, with its change over the range.');
  const scored = answer.scopes.filter((row) => row.score !== null).slice(0, 20);
  seriesChart(box, 'health-scores', 'Current score', scored.map((row) => row.scope_value
    + (row.mailbox_provider ? ' @ ' + row.mailbox_provider : '')), { score: scored.map((row) => row.score) });
  csvTable(box, ctx, request, 'health', [
    { key: 'scope_value', label: scope, kind: 'text' },
    { key: 'mailbox_provider', label: 'Provider', kind: 'text' },
    { key: 'score', label: 'Score', kind: 'count' },
    { key: 'status', label: 'Status', kind: 'text' },
    { key: 'pause_recommended', label: 'Pause', kind: 'text', value: (row) => (row.pause_recommended ? 'yes' : 'no') },
    { key: 'score_change', label: 'Change', kind: 'count' },
    { key: 'reasons', label: 'Reasons', kind: 'text', value: (row) => row.reasons.join(', ') },
  ], answer.scopes);
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
    'Contacts grouped by the ' + period + ' of their ' + cohortBy.replace('_', ' ') + ' (' + answer.tz + '); counted at '
    + new Date(answer.as_of).toLocaleString() + '.');
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

const CAMPAIGN_COLUMNS = [
  { key: 'campaign_id', label: 'Campaign', kind: 'text' },
  { key: 'sends', label: 'Sends', kind: 'count' },
  { key: 'delivered', label: 'Delivered', kind: 'count' },
  { key: 'bounce_rate', label: 'Bounce', kind: 'rate' },
  { key: 'open_rate', label: 'Open', kind: 'rate' },
  { key: 'click_rate', label: 'Click', kind: 'rate' },
  { key: 'reply_rate', label: 'Reply', kind: 'rate' },
  { key: 'unsubscribe_rate', label: 'Unsubscribe', kind: 'rate' },
  { key: 'complaint_rate', label: 'Complaint', kind: 'rate' },
  { key: 'conversions', label: 'Conversions', kind: 'count' },
  { key: 'first_send', label: 'First send', kind: 'text' },
  { key: 'last_send', label: 'Last send', kind: 'text' },
];

async function campaigns(ctx, view) {
  if (!ctx.offers('/v1/analytics/campaigns')) {
    unavailable(view, '/v1/analytics/campaigns');
    return;
  }
  const sort = control(controls(view), ctx, 'sort', 'Sort by', ['sends', 'reply_rate', 'open_rate', 'click_rate',
    'bounce_rate', 'complaint_rate', 'conversions', 'last_send', 'campaign_id']);
  const request = ctx.request('/v1/analytics/campaigns', { sort });
  const list = await ctx.get(request);
  const box = panel(view, 'Campaigns', list.total + ' campaigns with activity; rates per message ('
    + list.audience + ' opens and clicks).');
  const top = list.campaigns.slice(0, 15);
  seriesChart(box, 'campaigns-rates', 'Open, click and reply rate per campaign', top.map((row) => row.campaign_id), {
    open_rate: top.map((row) => row.open_rate),
    click_rate: top.map((row) => row.click_rate),
    reply_rate: top.map((row) => row.reply_rate),
  }, { kind: 'rate' });
  csvTable(box, ctx, request, 'campaigns', CAMPAIGN_COLUMNS, list.campaigns);
  const ids = list.campaigns.map((row) => row.campaign_id).filter((id) => id !== '');
  if (ids.length === 0) {
    return;
  }
  await compare(ctx, view, ids);
  await abTest(ctx, view, ids);
}

async function compare(ctx, view, ids) {
  const chosen = multiControl(controls(view), ctx, 'compare', 'Compare', ids, ids.slice(0, 3), 10);
  if (chosen.length === 0) {
    notice(view, 'Choose campaigns to compare.');
    return;
  }
  const request = ctx.request('/v1/analytics/campaigns/compare', { campaign_id: chosen });
  const answer = await ctx.get(request);
  const box = panel(view, 'Side by side', 'Per ' + answer.interval + ' in ' + answer.tz + '.');
  const starts = answer.series.length > 0 ? answer.series[0].points.map((point) => point.start) : [];
  const sends = {};
  for (const line of answer.series) {
    sends[line.campaign_id] = line.points.map((point) => point.sends);
  }
  seriesChart(box, 'compare-sends', 'Sends per ' + answer.interval, starts, sends, { type: 'line' });
  csvTable(box, ctx, request, 'compare', CAMPAIGN_COLUMNS, answer.campaigns);
}

async function abTest(ctx, view, ids) {
  const bar = controls(view);
  const preferred = ctx.header.filters.campaign_id;
  const campaign = control(bar, ctx, 'ab_campaign', 'A/B test of',
    preferred && !ids.includes(preferred) ? [preferred, ...ids] : preferred ? [preferred,
      ...ids.filter((id) => id !== preferred)] : ids);
  const metric = control(bar, ctx, 'ab_metric', 'Judged on', ['reply', 'open', 'click', 'conversion']);
  // Machine opens and clicks say nothing about a variant, so the API judges opens and clicks on humans only.
  const humansOnly = metric === 'open' || metric === 'click';
  const request = ctx.request('/v1/analytics/campaigns/{campaign_id}/ab',
    humansOnly ? { metric, audience: 'human' } : { metric }, { campaign_id: campaign });
  const answer = await ctx.get(request);
  const box = panel(view, 'A/B test: ' + campaign, 'Verdict on the ' + answer.metric + ' rate ('
    + answer.audience + (humansOnly ? ', always for opens and clicks' : '') + '); at least '
    + answer.minimum_sends_per_variant + ' sends per variant before any verdict.');
  tiles(box, 'ab-verdict', [
    { key: 'verdict', label: 'Verdict', value: answer.verdict.replace('_', ' '), kind: 'text' },
    { key: 'leader', label: 'Leader', value: answer.leader, kind: 'text' },
    { key: 'p_value', label: 'p-value (chi-square)', value: answer.p_value, kind: 'decimal' },
    { key: 'required_sample_size_per_variant', label: 'Sends needed per variant',
      value: answer.required_sample_size_per_variant, kind: 'count' },
  ]);
  const variants = answer.variants.map((variant) => variant.variant);
  seriesChart(box, 'ab-rates', answer.metric + ' rate and probability of being best', variants, {
    rate: answer.variants.map((variant) => variant.rate),
    probability_best: answer.variants.map((variant) => variant.probability_best),
  }, { kind: 'rate' });
  csvTable(box, ctx, request, 'ab-variants', [
    { key: 'variant', label: 'Variant', kind: 'text' },
    { key: 'sends', label: 'Sends', kind: 'count' },
    { key: 'successes', label: 'Successes', kind: 'count' },
    { key: 'rate', label: 'Rate', kind: 'rate' },
    { key: 'lower', label: '95 % low', kind: 'rate', value: (variant) => (variant.interval ? variant.interval.lower : null) },
    { key: 'upper', label: '95 % high', kind: 'rate', value: (variant) => (variant.interval ? variant.interval.upper : null) },
    { key: 'probability_best', label: 'P(best)', kind: 'rate' },
    { key: 'p_value_vs_leader', label: 'p vs leader', kind: 'decimal' },
  ], answer.variants);
}

async function botFiltering(ctx, view) {
  if (!ctx.offers('/v1/analytics/bot-filtering')) {
    unavailable(view, '/v1/analytics/bot-filtering');
    return;
  }
  const request = ctx.request('/v1/analytics/bot-filtering');
  const answer = await ctx.get(request);
  tiles(view, 'bot-totals', [
    { key: 'opens_total', label: 'Opens', value: answer.opens.total, kind: 'count' },
    { key: 'opens_filtered', label: 'Opens filtered', value: answer.opens.filtered, kind: 'count' },
    { key: 'opens_filtered_share', label: 'Opens filtered share', value: answer.opens.filtered_share, kind: 'rate' },
    { key: 'clicks_total', label: 'Clicks', value: answer.clicks.total, kind: 'count' },
    { key: 'clicks_filtered', label: 'Clicks filtered', value: answer.clicks.filtered, kind: 'count' },
    { key: 'clicks_filtered_share', label: 'Clicks filtered share', value: answer.clicks.filtered_share,
      kind: 'rate' },
  ]);
  const box = panel(view, 'Opens and clicks by class',
    'Human counts keep human opens and image-proxy opens, and human clicks; every other class is filtered out.');
  const classes = [...new Set([...answer.opens.classes, ...answer.clicks.classes]
    .map((row) => row.engagement_class))];
  const eventsOf = (split, name) => {
    const found = split.classes.find((row) => row.engagement_class === name);
    return found ? found.events : 0;
  };
  seriesChart(box, 'bot-classes', 'Events per engagement class', classes, {
    opens: classes.map((name) => eventsOf(answer.opens, name)),
    clicks: classes.map((name) => eventsOf(answer.clicks, name)),
  });
  csvTable(box, ctx, request, 'bot-filtering', [
    { key: 'event_type', label: 'Type', kind: 'text' },
    { key: 'engagement_class', label: 'Class', kind: 'text' },
    { key: 'reason', label: 'Reason', kind: 'text' },
    { key: 'events', label: 'Events', kind: 'count' },
    { key: 'share_of_type', label: 'Share', kind: 'rate' },
  ], answer.reasons);
  const over = panel(view, 'Over time (' + answer.interval + ')');
  seriesChart(over, 'bot-series', 'Opens and clicks: all vs filtered', answer.series.map((point) => point.bucket), {
    opens_total: answer.series.map((point) => point.opens_total),
    opens_filtered: answer.series.map((point) => point.opens_filtered),
    clicks_total: answer.series.map((point) => point.clicks_total),
    clicks_filtered: answer.series.map((point) => point.clicks_filtered),
  }, { type: 'line' });
}

async function alerts(ctx, view) {
  if (!ctx.offers('/v1/analytics/alerts')) {
    unavailable(view, '/v1/analytics/alerts');
    return;
  }
  const bar = controls(view);
  const status = control(bar, ctx, 'alert_status', 'Status', ['all', 'firing', 'resolved']);
  const severity = control(bar, ctx, 'alert_severity', 'Severity', ['all', 'critical', 'warning']);
  const request = ctx.request('/v1/analytics/alerts', { status, severity });
  const answer = await ctx.get(request);
  const box = panel(view, 'Alerts', 'Newest first; the value that fired against the rule\'s threshold.');
  const rules = [...new Set(answer.alerts.map((alert) => alert.rule_name))];
  seriesChart(box, 'alerts-by-rule', 'Alerts per rule', rules, {
    firing: rules.map((rule) => answer.alerts.filter((a) => a.rule_name === rule && a.state === 'firing').length),
    resolved: rules.map((rule) => answer.alerts.filter((a) => a.rule_name === rule && a.state === 'resolved').length),
  }, { stacked: true });
  csvTable(box, ctx, request, 'alerts', [
    { key: 'fired_at', label: 'Fired', kind: 'text' },
    { key: 'state', label: 'State', kind: 'text' },
    { key: 'severity', label: 'Severity', kind: 'text' },
    { key: 'rule_name', label: 'Rule', kind: 'text' },
    { key: 'scope', label: 'Scope', kind: 'text', value: (alert) => alert.scope_kind + ' ' + alert.scope_value },
    { key: 'metric', label: 'Metric', kind: 'text' },
    { key: 'value', label: 'Value', kind: 'decimal' },
    { key: 'threshold', label: 'Threshold', kind: 'decimal' },
    { key: 'resolved_at', label: 'Resolved', kind: 'text' },
    { key: 'detail', label: 'Detail', kind: 'text' },
  ], answer.alerts);
}

/** Every page by its name in the URL fragment, in navigation order. */
export const PAGES = {
  overview, deliverability, heatmap, campaigns, attribution, cohorts, 'bot-filtering': botFiltering, alerts,
};
