// The live page: topic aggregates arrive by server-sent events (/dashboard/stream); views computed by the
// segment- and scoring-services come through the dashboard's /views, refreshed every few seconds.
'use strict';

const LEVELS = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
const LEVEL_COLOURS = { LOW: '#7cb86f', MEDIUM: '#f0a030', HIGH: '#e0533d', CRITICAL: '#8b0000' };
const charts = {};
const czk = v => Math.round(v).toLocaleString('en') + ' CZK';

function chart(id) {
  if (!charts[id]) {
    charts[id] = echarts.init(document.getElementById(id), null, { renderer: 'canvas' });
  }
  return charts[id];
}

function placeholder(id, text) {
  chart(id).setOption({ title: { text, left: 'center', top: 'middle',
    textStyle: { color: '#999', fontSize: 13, lineHeight: 18, width: 480, overflow: 'break' } } }, true);
}

function segmentation() {
  return document.getElementById('segmentation').value;
}

async function view(path) {
  const response = await fetch(path);
  const body = await response.json().catch(() => ({ error: 'unreadable answer' }));
  return response.ok ? body : Promise.reject(body.error || response.statusText);
}

// ---- from the topics -------------------------------------------------------------------------------------------

function showReplay(replay) {
  if (!replay) {
    placeholder('chart-replay', 'No replay yet: ./bankstream replay --data DIR');
    return;
  }
  document.getElementById('replay-status').textContent =
    `Replay ${replay.replayId} ${replay.state} · simulated date ${replay.simulatedDate || '-'} · ` +
    `${replay.events.toLocaleString('en')} events · ${replay.eventsPerSecond.toLocaleString('en')} events/s`;
  document.getElementById('data-set').textContent = replay.dataSet;
  chart('chart-replay').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: ['events/s'] },
    xAxis: { type: 'time', name: 'wall-clock time' },
    yAxis: { type: 'value', name: 'events per second' },
    series: [{ name: 'events/s', type: 'line', showSymbol: false, areaStyle: {},
      data: replay.history.map(p => [p.at, p.eventsPerSecond, p.simulatedDate]) }]
  }, true);
}

function showFlags(flags) {
  document.getElementById('flag-total').textContent = `(${flags.total.toLocaleString('en')} in all)`;
  const feed = document.getElementById('flag-feed');
  feed.replaceChildren(...flags.latest.map(flag => {
    const item = document.createElement('li');
    item.dataset.flagId = flag.flagId;
    const level = document.createElement('span');
    level.className = 'level-' + flag.level;
    level.textContent = flag.level;
    item.append(level, ` account ${flag.accountId} · ${flag.kind} (${flag.source}, score ${flag.score.toFixed(2)}) on ${flag.eventDate}: `
      + (flag.reasons.length ? flag.reasons.join('; ') : 'no reason given'));
    return item;
  }));
  if (!flags.latest.length) {
    feed.innerHTML = '<li class="muted">no risk flag yet</li>';
  }
  chart('chart-flags-per-day').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: LEVELS },
    xAxis: { type: 'category', name: 'business day', data: flags.perDay.days },
    yAxis: { type: 'value', name: 'flags', minInterval: 1 },
    dataZoom: [{ type: 'inside' }, { type: 'slider', height: 16 }],
    series: LEVELS.map(level => ({ name: level, type: 'bar', stack: 'flags', color: LEVEL_COLOURS[level],
      data: flags.perDay.perLevel[level] || [] }))
  }, true);
}

function showSegmentHistory(history) {
  const series = history[segmentation()];
  if (!series) {
    placeholder('chart-segment-sizes', 'No segment changes yet');
    return;
  }
  const names = Object.keys(series.sizes);
  chart('chart-segment-sizes').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: names, type: 'scroll' },
    xAxis: { type: 'category', name: 'business day', data: series.days },
    yAxis: { type: 'value', name: 'accounts', minInterval: 1 },
    series: names.map(name => ({ name, type: 'line', showSymbol: false, data: series.sizes[name] }))
  }, true);
}

function showQuadrant(quadrant) {
  document.getElementById('quadrant-counts').textContent = Object.entries(quadrant.counts)
    .map(([name, count]) => `${name}: ${count.toLocaleString('en')}`).join(' · ');
  chart('chart-quadrant').setOption({
    tooltip: { formatter: p => `account ${p.value[2]}<br>value ${p.value[0]} · risk ${p.value[1]}` },
    legend: { data: ['accounts'] },
    xAxis: { type: 'value', name: 'value score (0..1)', min: 0, max: 1 },
    yAxis: { type: 'value', name: 'risk score (0..1)', min: 0, max: 1 },
    series: [{ name: 'accounts', type: 'scatter', symbolSize: 4, data: quadrant.sample,
      markLine: { silent: true, symbol: 'none', lineStyle: { color: '#555', type: 'dashed' },
        data: [{ xAxis: quadrant.highValueFrom, name: 'valuable' }, { yAxis: quadrant.highRiskFrom, name: 'risky' }] } }]
  }, true);
}

function showHeatmap(id, heatmap) {
  if (!heatmap.cells.length) {
    placeholder(id, 'No account behaviour yet');
    return;
  }
  chart(id).setOption({
    tooltip: { formatter: p => `${heatmap.districts[p.value[1]]}, ${heatmap.ageBands[p.value[0]]}<br>` +
      `${p.value[2]} ${heatmap.unit} (${p.value[3]} accounts)` },
    grid: { left: 150, right: 20, top: 30, bottom: 90 },
    xAxis: { type: 'category', name: 'owner age', data: heatmap.ageBands, splitArea: { show: true } },
    yAxis: { type: 'category', name: 'district', data: heatmap.districts, axisLabel: { fontSize: 10 } },
    visualMap: { dimension: 2, min: 0, max: heatmap.max || 1, calculable: true, orient: 'horizontal', left: 'center', bottom: 10,
      text: [heatmap.unit, ''], inRange: { color: ['#f7fbff', '#6baed6', '#08306b'] } },
    series: [{ name: heatmap.title, type: 'heatmap', data: heatmap.cells }]
  }, true);
}

function showEconomics(economics) {
  if (!economics.segments.length) {
    placeholder('chart-income-deposits', 'No segments yet');
    placeholder('chart-holdings', 'No segments yet');
    return;
  }
  const names = economics.segments.map(s => s.name);
  chart('chart-income-deposits').setOption({
    tooltip: { formatter: p => `${p.seriesName}, account ${p.value[2]}<br>income ${czk(p.value[0])}/month · balance ${czk(p.value[1])}` },
    legend: { data: names, type: 'scroll' },
    xAxis: { type: 'value', name: 'monthly income (CZK)' },
    yAxis: { type: 'value', name: 'mean balance, 365 days (CZK)' },
    series: economics.segments.map(s => ({ name: s.name, type: 'scatter', symbolSize: 4, data: s.sample }))
  }, true);
  chart('chart-holdings').setOption({
    tooltip: { trigger: 'axis', valueFormatter: v => (v * 100).toFixed(0) + ' %' },
    legend: { data: names, type: 'scroll' },
    grid: { bottom: 70 },
    xAxis: { type: 'category', name: 'product', data: economics.products, axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', name: 'share of accounts holding it', max: 1, axisLabel: { formatter: v => v * 100 + ' %' } },
    series: economics.segments.map(s => ({ name: s.name, type: 'bar',
      data: economics.products.map(p => s.productShares[p] || 0) }))
  }, true);
}

let lastState = null;
function showState(state) {
  lastState = state;
  showReplay(state.replay);
  showFlags(state.flags);
  showSegmentHistory(state.segmentHistory);
  showQuadrant(state.quadrant);
  showHeatmap('chart-card-use', state.cardUse);
  showHeatmap('chart-risk', state.risk);
  showEconomics(state.economics);
  const model = state.models.find(m => m.name === 'loan-default');
  if (model && model.version !== shownModelVersion) {
    refreshModelCard();
  }
}

function connect() {
  const status = document.getElementById('connection');
  const events = new EventSource('/dashboard/stream');
  events.onopen = () => { status.textContent = 'live'; };
  events.onmessage = message => showState(JSON.parse(message.data));
  events.onerror = () => { status.textContent = 'reconnecting …'; };
}

// ---- from the other services -----------------------------------------------------------------------------------

async function refreshSegmentViews() {
  const id = segmentation();
  try {
    const profiles = await view(`/views/segmentations/${id}/profiles`);
    chart('chart-radar').setOption({
      tooltip: {},
      legend: { data: profiles.segments.map(s => s.name), type: 'scroll', bottom: 0 },
      radar: { indicator: profiles.features.map((f, i) => ({ name: `${f} (${profiles.units[i]})`, max: 1 })),
        radius: '60%', axisName: { fontSize: 10 } },
      series: [{ type: 'radar', data: profiles.segments.map(s => ({ name: s.name, value: s.radar })) }]
    }, true);
  } catch (error) {
    placeholder('chart-radar', String(error));
  }
  try {
    const pca = await view(`/views/segmentations/${id}/pca`);
    const groups = {};
    pca.accounts.forEach(p => (groups[p.segmentId] = groups[p.segmentId] || []).push([p.x, p.y, p.id]));
    const names = await segmentNames(id);
    const pc = i => `PC${i + 1} (${(pca.explainedVariance[i] * 100).toFixed(0)} % of variance)`;
    chart('chart-pca').setOption({
      tooltip: { formatter: p => `${p.seriesName}<br>account ${p.value[2]}` },
      legend: { type: 'scroll' },
      xAxis: { type: 'value', name: pc(0), nameLocation: 'middle', nameGap: 25 },
      yAxis: { type: 'value', name: pc(1) },
      series: Object.entries(groups).map(([segment, points]) => ({ name: names[segment] || 'segment ' + segment,
        type: 'scatter', symbolSize: 4, data: points, large: true }))
    }, true);
    await animateKMeans(id, pca, names).catch(error => placeholder('chart-kmeans', String(error)));
  } catch (error) {
    placeholder('chart-pca', String(error));
    placeholder('chart-kmeans', String(error));
  }
}

async function segmentNames(id) {
  const all = await view('/views/segmentations');
  const names = {};
  (all.find(s => s.id === id) || { segments: [] }).segments.forEach(s => { names[s.id] = s.name; });
  return names;
}

let kmeansTimer = null;
async function animateKMeans(id, pca, names) {
  const history = await view(`/views/segmentations/${id}/kmeans-history?iterations=25`);
  const position = {};
  pca.accounts.forEach(p => { position[p.id] = [p.x, p.y]; });
  let step = 0;
  clearInterval(kmeansTimer);
  const draw = () => {
    const iteration = history.iterations[step];
    const groups = {};
    history.accountIds.forEach((account, i) => {
      if (position[account]) {
        (groups[iteration.segmentIds[i]] = groups[iteration.segmentIds[i]] || []).push(position[account]);
      }
    });
    document.getElementById('kmeans-iteration').textContent =
      `iteration ${iteration.iteration} of ${history.iterations.length}, ${iteration.moved} accounts moved`;
    chart('chart-kmeans').setOption({
      legend: { type: 'scroll' },
      xAxis: { type: 'value', name: 'PC1' },
      yAxis: { type: 'value', name: 'PC2' },
      series: Object.entries(groups).map(([segment, points]) => ({ name: names[segment] || 'segment ' + segment,
        type: 'scatter', symbolSize: 3, data: points, large: true }))
        .concat([{ name: 'centroids', type: 'scatter', symbol: 'diamond', symbolSize: 16, itemStyle: { color: '#000' },
          data: iteration.centroids2d.map(c => [c.x, c.y]) }])
    }, true);
    step = (step + 1) % history.iterations.length;
  };
  draw();
  kmeansTimer = setInterval(draw, 800);
}

let shownModelVersion = null;
async function refreshModelCard() {
  try {
    const card = await view('/views/model-card');
    shownModelVersion = card.version;
    document.getElementById('model-name').textContent = `${card.name} ${card.version} (${card.algorithm}), ${card.trainedOn}`;
    const curves = (pick, summaryName) => [card.crossValidation, card.outOfTime]
      .map((summary, i) => summary && summary[pick] ? { name: i ? 'out of time' : 'cross-validation',
        type: 'line', showSymbol: false, data: summary[pick].x.map((x, j) => [x, summary[pick].y[j]]) } : null)
      .filter(s => s);
    const metric = (summary, key) => summary && summary.metrics[key] ? summary.metrics[key].value.toFixed(3) : 'n/a';
    chart('chart-roc').setOption({
      title: { text: `ROC-AUC ${metric(card.crossValidation, 'rocAuc')} (CV), ${metric(card.outOfTime, 'rocAuc')} (out of time)`, textStyle: { fontSize: 12 } },
      tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
      xAxis: { type: 'value', name: 'false positive rate', min: 0, max: 1 },
      yAxis: { type: 'value', name: 'true positive rate', min: 0, max: 1 },
      series: curves('roc')
    }, true);
    chart('chart-pr').setOption({
      title: { text: `PR-AUC ${metric(card.crossValidation, 'prAuc')} (CV), ${metric(card.outOfTime, 'prAuc')} (out of time)`, textStyle: { fontSize: 12 } },
      tooltip: { trigger: 'axis' }, legend: { bottom: 0 },
      xAxis: { type: 'value', name: 'recall', min: 0, max: 1 },
      yAxis: { type: 'value', name: 'precision', min: 0, max: 1 },
      series: curves('precisionRecall')
    }, true);
  } catch (error) {
    placeholder('chart-roc', String(error));
    placeholder('chart-pr', String(error));
  }
}

// A backtest report (backtest.json): its headline, its flag sources side by side, and flags per month.
async function refreshBacktest() {
  const target = document.getElementById('backtest');
  let report;
  try {
    report = await view('/views/backtest');
  } catch (error) {
    target.textContent = String(error);
    return;
  }
  target.textContent = report.headline;
  document.getElementById('backtest-period').textContent =
    `(${report.dataSet}; trained to ${report.trainUntil}, scored ${report.from} to ${report.until})`;
  const ratio = v => v === null || v === undefined ? 'n/a' : v.toFixed(2);
  const rows = [
    ['flags in the period', s => s.flags.toLocaleString('en')],
    ['alerts per 1,000 accounts per month', s => s.alertsPerThousandAccountsPerMonth.toFixed(2)],
    ['unseen loans: defaults caught / missed', s => `${s.unseenLoans.caught} / ${s.unseenLoans.missed}`],
    ['precision (unseen loans)', s => ratio(s.unseenLoans.precision)],
    ['recall (unseen loans)', s => ratio(s.unseenLoans.recall)],
    ['median days before arrears', s => s.leadToEvidence.medianDays ?? 'n/a'],
  ];
  const table = document.getElementById('backtest-table');
  const header = '<tr><th></th>' + report.sources.map(s => `<th>${s.source.label}</th>`).join('') + '</tr>';
  table.innerHTML = header + rows.map(([name, value]) =>
    `<tr><td>${name}</td>` + report.sources.map(s => `<td>${value(s)}</td>`).join('') + '</tr>').join('');
  const months = report.sources.length ? Object.keys(report.sources[0].flagsPerMonth) : [];
  chart('chart-backtest').setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: report.sources.map(s => s.source.label), type: 'scroll' },
    xAxis: { type: 'category', name: 'month of the flag', data: months },
    yAxis: { type: 'value', name: 'flags per month', minInterval: 1 },
    series: report.sources.map(s => ({ name: s.source.label, type: 'bar',
      data: months.map(m => s.flagsPerMonth[m]) }))
  }, true);
}

function refreshViews() {
  refreshSegmentViews();
  refreshModelCard();
  refreshBacktest();
}

document.getElementById('segmentation').addEventListener('change', () => {
  refreshSegmentViews();
  if (lastState) {
    showSegmentHistory(lastState.segmentHistory);
  }
});
window.addEventListener('resize', () => Object.values(charts).forEach(c => c.resize()));
view('/dashboard/state').then(showState, error => { document.getElementById('connection').textContent = String(error); });
connect();
refreshViews();
setInterval(refreshViews, 30000);
