// Lovkode's pages: plain script, no build step. Everything shown comes from the JSON API
// (docs/web.md) and is set as text (textContent), never as markup.
'use strict';

const $ = (id) => document.getElementById(id);

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

async function api(method, path, body) {
  const init = { method, headers: {} };
  if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
  const response = await fetch(path, init);
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const error = new Error((data && data.detail) || ('HTTP ' + response.status));
    error.field = data && data.field;
    throw error;
  }
  return data;
}

// The problem's field first ("composition.benefit: …"), so the user knows which input it is about.
function fail(box, error) { box.hidden = false; box.textContent = (error.field ? error.field + ': ' : '') + error.message; }
function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
// results.json writes a value with no meaning (an interval from one replication) as the string "NaN".
const num = (v) => (v === null || v === undefined || v === '') ? NaN : Number(v);
const fmt = (v) => Number.isFinite(num(v)) ? number.format(num(v)) : '–';
// As the console and the report (Format.Percent): from ten times the base up, the multiple, not "+8000%".
const pct = (v) => !Number.isFinite(num(v)) ? '–' : num(v) >= 9 ? '×' + Math.round(1 + num(v)) : (num(v) >= 0 ? '+' : '') + (num(v) * 100).toFixed(1) + '%';
const interval = (e) => e && Number.isFinite(num(e.low)) && Number.isFinite(num(e.high)) ? fmt(e.low) + ' to ' + fmt(e.high) : null;

const regimeCache = new Map();
function regime(name) {
  if (!regimeCache.has(name)) regimeCache.set(name, api('GET', '/api/regimes/' + encodeURIComponent(name)));
  return regimeCache.get(name);
}

function table(headers, rows, id) {
  const t = el('table');
  if (id) t.id = id;
  const head = t.createTHead().insertRow();
  for (const h of headers) head.appendChild(el('th', h));
  const body = t.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const cell of row) {
      const td = tr.insertCell();
      if (cell instanceof Node) td.appendChild(cell); else td.textContent = cell === null || cell === undefined ? '' : String(cell);
    }
  }
  return t;
}

// ---- Explain a case -------------------------------------------------------------------------

function explainPage() {
  const form = $('explain-form');
  if (!form) return;
  const select = $('explain-regime');
  // A reform of the user's (from "Your reform") can be explained too: its file goes with the request.
  const own = ownRules();
  if (own) {
    for (const name of own.regimes) {
      const o = el('option', name + ' (yours)');
      o.value = name; o.dataset.own = 'true';
      select.appendChild(o);
    }
    select.value = own.regimes[0];
  }
  const isOwn = () => own && own.regimes.includes(select.value);
  const showFacts = async () => {
    try {
      // A regime of the user's has the facts of the regime it extends.
      const r = await regime(isOwn() ? (own.base || select.options[0].value) : select.value);
      const facts = $('explain-facts');
      facts.textContent = 'Facts: ' + r.facts.map((f) => f.name + (f.members.length ? ' (' + f.members.join(', ') + ')' : f.kind === 'bool' ? ' (true, false)' : ' (' + f.min + '..' + f.max + ')')).join(' · ');
      if (!$('explain-date').value && r.effective) $('explain-date').value = r.effective;
    } catch (e) { fail($('explain-error'), e); }
  };
  select.addEventListener('change', () => { $('explain-date').value = ''; showFacts(); });
  showFacts();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const box = $('explain-error');
    box.hidden = true;
    for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    const out = $('explain-result');
    clear(out);
    try {
      const body = { regime: select.value, citizen: $('explain-citizen').value, weeks: $('explain-weeks').value, date: $('explain-date').value || null };
      if (isOwn()) body.rules = [{ name: own.name, text: own.text }];
      const x = await api('POST', '/api/explain', body);
      out.appendChild(el('h2', x.regime + ' — ' + x.title));
      const group = el('p', null, 'group');
      group.append(el('b', 'Group: ' + x.group.name), ' “' + x.group.title + '”' + (x.group.outside ? ' — outside the effort' : ''));
      group.append(el('br'), el('code', 'when ' + x.group.condition), ' ', el('span', x.group.citation, 'cite'));
      out.appendChild(group);
      if (x.defaulted.length) out.appendChild(el('p', 'Not given, so at their lowest: ' + x.defaulted.join(' '), 'meta'));
      if (x.supervision.length) {
        out.appendChild(el('h3', 'Supervision of the municipality'));
        out.appendChild(table(['rule', 'counted', 'why'], x.supervision.map((s) => [s.rule, s.counted ? 'yes' : 'no', s.reason])));
      }
      out.appendChild(el('h3', 'Week by week (spell week 0 starts ' + x.start + ')'));
      const rows = [];
      for (const w of x.weeks) for (const e of w.entries) rows.push([w.week, w.date, e.kind, e.rule, e.text, e.citation]);
      out.appendChild(rows.length ? table(['week', 'date', '', 'rule', 'what', 'source'], rows, 'explain-weeks-table') : el('p', 'Nothing is due in these weeks.'));
      out.appendChild(el('h3', x.fired.length ? 'Rules that fired' : 'No rule fired'));
      if (x.fired.length) out.appendChild(table(['rule', 'times', 'weeks', 'source'], x.fired.map((f) => [f.rule, f.weeks.length + '×', f.weeks.join(', '), f.citation])));
    } catch (e) {
      fail(box, e);
      const input = { citizen: 'explain-citizen', weeks: 'explain-weeks', date: 'explain-date', regime: 'explain-regime', 'rules[0]': 'explain-regime' }[e.field];
      if (input) $(input).setAttribute('aria-invalid', 'true');
    }
  });
}

// ---- What-if --------------------------------------------------------------------------------

function ownRules() {
  try { return JSON.parse(sessionStorage.getItem('lovkode.rules') || 'null'); } catch { return null; }
}

function whatIfPage() {
  const form = $('whatif-form');
  if (!form) return;
  const own = ownRules();
  if (own) {
    const box = $('whatif-reforms');
    for (const name of own.regimes) {
      const label = el('label', null, 'check');
      const input = el('input');
      input.type = 'checkbox'; input.name = 'reform'; input.value = name; input.checked = true; input.dataset.own = 'true';
      label.append(input, ' ' + name + ' (yours)');
      box.appendChild(label);
    }
    for (const box2 of form.querySelectorAll('input[name=reform]:not([data-own])')) box2.checked = false;
    if (own.base) $('whatif-baseline').value = own.base;
    $('whatif-own').textContent = 'Your file ' + own.name + ' is compiled with the built-in law for this run.';
  }
  const reforms = () => [...form.querySelectorAll('input[name=reform]:checked')].map((i) => i.value);
  const paramRegime = $('param-regime');
  const paramName = $('param-name');
  const fillRegimes = () => {
    const names = [$('whatif-baseline').value, ...reforms()].filter((n, i, all) => all.indexOf(n) === i && !(own && own.regimes.includes(n)));
    const keep = paramRegime.value;
    clear(paramRegime);
    for (const n of names) { const o = el('option', n); o.value = n; paramRegime.appendChild(o); }
    if (names.includes(keep)) paramRegime.value = keep;
    fillParameters();
  };
  const fillParameters = async () => {
    clear(paramName);
    if (!paramRegime.value) return;
    const r = await regime(paramRegime.value);
    for (const p of r.parameters) { const o = el('option', p.name + ' — ' + p.title); o.value = p.name; paramName.appendChild(o); }
    describe();
  };
  const describe = async () => {
    const info = $('param-info');
    clear(info);
    if (!paramRegime.value || !paramName.value) return;
    const p = (await regime(paramRegime.value)).parameters.find((x) => x.name === paramName.value);
    if (!p) return;
    info.append(el('b', p.name), ' (' + p.unit + '): ' + p.title);
    for (const v of p.values) {
      const line = el('div');
      line.append(v.group + ': ' + v.value + (v.from || v.until ? ' from ' + (v.from || '…') + ' until ' + (v.until || '…') : '') + ' ');
      line.append(el('span', (v.citation.assumed ? 'assumed: ' : '§ ') + v.citation.text, v.citation.assumed ? 'cite assumed' : 'cite'));
      if (v.range) line.append(' range ' + v.range.low + '–' + v.range.high + ' (' + v.range.shape + ')');
      info.appendChild(line);
    }
  };
  $('whatif-baseline').addEventListener('change', fillRegimes);
  for (const box of form.querySelectorAll('input[name=reform]')) box.addEventListener('change', fillRegimes);
  paramRegime.addEventListener('change', fillParameters);
  paramName.addEventListener('change', describe);
  fillRegimes();
  compositionForm();

  $('param-add').addEventListener('click', async () => {
    const p = (await regime(paramRegime.value)).parameters.find((x) => x.name === paramName.value);
    if (!p) return;
    const share = p.unit === 'share';
    const inForce = p.values.find((v) => v.group === 'every group') || p.values[0];
    const input = el('input');
    input.type = 'number'; input.step = 'any'; input.min = '0'; if (share) input.max = '100';
    input.value = inForce ? String(share ? inForce.value * 100 : inForce.value) : '';
    input.className = 'param-value';
    input.dataset.regime = paramRegime.value; input.dataset.name = p.name; input.dataset.share = share ? '1' : '';
    input.setAttribute('aria-label', 'new value of ' + p.name);
    const note = el('span', '', 'field-error');
    const check = () => {
      const v = Number(input.value);
      // The compiler's bounds on a cited value (LK0106): no negative values, shares within 0–100%.
      const problem = input.value === '' || !Number.isFinite(v) ? 'give a number' : v < 0 ? 'a value is 0 or more' : share && v > 100 ? 'a share is 0% to 100%' : '';
      note.textContent = problem;
      if (problem) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
    };
    input.addEventListener('input', check);
    const remove = el('button', 'remove');
    remove.type = 'button';
    const cell = el('span');
    cell.append(input, share ? ' %' : '', ' ', note);
    const tbody = $('param-table').tBodies[0];
    const values = p.values.map((v) => v.group + ' ' + (share ? (v.value * 100) + '%' : v.value)).join('; ');
    const t = table([], [[paramRegime.value, p.name, p.unit, values, share ? '0–100%' : '≥ 0', cell, remove]]);
    const row = t.tBodies[0].rows[0];
    tbody.appendChild(row);
    remove.addEventListener('click', () => row.remove());
    check();
    input.focus();
  });

  let current = null;
  let source = null;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const errorBox = $('whatif-error');
    errorBox.hidden = true;
    markField(null);
    if (form.querySelector('.param-value[aria-invalid]')) { fail(errorBox, new Error('Fix the parameter values marked in red first.')); return; }
    const parameters = [...form.querySelectorAll('.param-value')].map((i) => ({
      name: i.dataset.name, regime: i.dataset.regime, value: i.dataset.share ? Number(i.value) / 100 : Number(i.value),
    }));
    const request = {
      baseline: $('whatif-baseline').value,
      reforms: reforms().map((r) => ({ regime: r })),
      parameters,
      population: Number($('whatif-population').value),
      start: $('whatif-start').value || null,
      weeks: Number($('whatif-weeks').value),
      seed: Number($('whatif-seed').value),
      replications: Number($('whatif-replications').value),
      effects: $('whatif-effects').checked,
    };
    const composition = compositionRequest();
    if (composition) request.composition = composition;
    if ($('whatif-groupby').value) request.groupBy = $('whatif-groupby').value;
    const samples = Number($('whatif-samples').value);
    if (samples > 0) {
      request.uncertainty = {
        samples, method: $('whatif-method').value, replications: Number($('whatif-world-replications').value), calibrate: $('whatif-calibrate').checked,
      };
    }
    // A stop rule: replications arrive until the interval is this narrow (the progress shows it narrowing).
    if ($('whatif-stop').value) request.stop = Number($('whatif-stop').value) / 100;
    // "Lab2019; 2023-01-01 Forenkling2022; …": the law switching on dates, as one more reform.
    const timeline = $('whatif-timeline').value.split(';').map((p) => p.trim()).filter((p) => p).map((p) => {
      const m = /^(\d{4}-\d{2}-\d{2})\s+(\S+)$/.exec(p);
      return m ? { from: m[1], regime: m[2] } : { regime: p };
    });
    if (timeline.length) request.reforms.push({ name: 'Timeline', timeline });
    if (own && request.reforms.some((r) => own.regimes.includes(r.regime))) request.rules = [{ name: own.name, text: own.text }];
    try {
      const run = await api('POST', '/api/runs', request);
      current = run.id;
      $('whatif-progress').hidden = false;
      $('whatif-bar').value = 0;
      $('whatif-status').textContent = 'starting…';
      $('whatif-cancel').hidden = false;
      $('whatif-run').disabled = true;
      const started = performance.now();
      source = new EventSource('/api/runs/' + run.id + '/events');
      source.addEventListener('progress', (e) => {
        const p = JSON.parse(e.data);
        $('whatif-bar').value = p.fraction;
        let text;
        if (p.stage === 'worlds') {
          text = 'uncertainty analysis: ' + Math.round(p.fraction * 100) + '% of ' + p.worlds.toLocaleString('en-GB') + ' worlds';
        } else {
          text = Math.round(p.fraction * 100) + '% · replication ' + Math.min(p.replication + 1, p.replications) + ' of ' + p.replications;
          if (p.stopHalfWidth !== null) text += ' · 95% CI ±' + (p.stopHalfWidth * 100).toFixed(1) + '%';
        }
        $('whatif-status').textContent = text;
      });
      source.addEventListener('end', async (e) => {
        source.close();
        const status = JSON.parse(e.data);
        $('whatif-cancel').hidden = true;
        $('whatif-run').disabled = false;
        if (status.state === 'done') {
          $('whatif-bar').value = 1;
          $('whatif-status').textContent = 'done in ' + ((performance.now() - started) / 1000).toFixed(2) + ' s';
          const [doc, summary] = await Promise.all([api('GET', status.results), api('GET', status.summary)]);
          showResults(doc, summary, status);
        } else if (status.state === 'cancelled') {
          $('whatif-status').textContent = 'cancelled';
        } else {
          $('whatif-status').textContent = 'failed';
          fail(errorBox, new Error(status.error ? (status.error.field ? status.error.field + ': ' : '') + status.error.detail : 'the run failed'));
        }
      });
    } catch (e) {
      fail(errorBox, e);
      markField(e.field);
    }
  });
  $('whatif-cancel').addEventListener('click', async () => {
    if (current) await api('DELETE', '/api/runs/' + current);
  });
}

// Metric titles from the run's summary (the catalogue's, as the console and the report show them).
let titles = {};
const words = (m) => titles[m] || m;

function showResults(doc, summary, status) {
  titles = summary.titles;
  const out = $('whatif-results');
  clear(out);
  out.appendChild(el('h2', 'Results'));
  const s = doc.scenario;
  out.appendChild(el('p', s.population.toLocaleString('en-GB') + ' persons × ' + s.replications + ' replication(s), ' + s.weeks + ' weeks from ' + s.startDate + ', seed ' + s.seed + (s.effects ? ', behavioural effects on' : '') +
    (s.groupedByFact ? "; rows are each person's " + s.groupedByFact + ' in every arm'
      : s.groupedBy ? '; groups are ' + s.groupedBy + "'s (each person by the group they had in the baseline)" : ''), 'meta'));
  const headline = el('div', null, 'headline');
  headline.id = 'whatif-headline';
  for (const h of summary.headlines) {
    const box = el('div', null, 'box');
    box.appendChild(el('b', h.heading));
    const list = el('ul');
    for (const line of h.lines) list.appendChild(el('li', line));
    box.appendChild(list);
    if (s.replications < 2) box.appendChild(el('p', 'One replication: the intervals above are not real ones. Run 2 or more, or a stop rule, for an interval.', 'meta'));
    headline.appendChild(box);
  }
  out.appendChild(headline);

  for (const c of doc.comparisons) {
    out.appendChild(el('h3', c.reform + ' against ' + c.baseline));
    // As the console: rows that are zero in every arm are left out of the table.
    const totals = c.rows.filter((r) => r.dimension === 'total' && ![r.baseline, r.reform, r.delta].every((e) => !e || num(e.mean) === 0));
    out.appendChild(table(['metric', 'unit', c.baseline, c.reform, 'change', '95% CI of the change', 'relative'], totals.map((r) => {
      const name = el('span', words(r.metric));
      name.title = r.metric;
      return [name, r.unit, fmt(r.baseline && r.baseline.mean), fmt(r.reform && r.reform.mean), fmt(r.delta && r.delta.mean), interval(r.delta) || '–', pct(r.relativeChange)];
    }), 'whatif-totals'));
  }

  // The chart: one metric by one dimension, the change with its 95% interval.
  const controls = el('div', null, 'inline');
  const comparison = el('select'); comparison.id = 'chart-comparison';
  doc.comparisons.forEach((c, i) => { const o = el('option', c.reform); o.value = String(i); comparison.appendChild(o); });
  const metric = el('select'); metric.id = 'chart-metric';
  const metrics = [...new Set(doc.comparisons.flatMap((c) => c.rows.map((r) => r.metric)))];
  for (const m of metrics) { const o = el('option', words(m)); o.value = m; metric.appendChild(o); }
  if (metrics.includes('caseworker.hours')) metric.value = 'caseworker.hours';
  const dimension = el('select'); dimension.id = 'chart-dimension';
  const dims = [...new Set(doc.comparisons.flatMap((c) => c.rows.map((r) => r.dimension)))].filter((d) => d !== 'total');
  for (const d of dims) { const o = el('option', 'by ' + d); o.value = d; dimension.appendChild(o); }
  if (dims.includes('group')) dimension.value = 'group';
  controls.append(el('span', 'Chart: '), comparison, ' ', metric, ' ', dimension);
  out.appendChild(controls);
  const chart = el('div', null, 'chart'); chart.id = 'whatif-chart';
  const readout = el('div', ' ', 'readout'); readout.id = 'chart-readout';
  const map = el('div', null, 'chart map'); map.id = 'whatif-map';
  out.append(chart, readout, map);
  const draw = () => {
    drawChart(chart, readout, doc.comparisons[Number(comparison.value)], metric.value, dimension.value);
    drawMap(map, readout, doc.comparisons[Number(comparison.value)], metric.value, dimension.value);
  };
  for (const c of [comparison, metric, dimension]) c.addEventListener('change', draw);
  draw();

  if (doc.uncertainty) showUncertainty(out, doc.uncertainty);

  out.appendChild(el('h3', 'Downloads'));
  const links = el('p', null, 'downloads');
  for (const f of status.files) {
    const a = el('a', f.split('/').pop());
    a.href = f; a.setAttribute('download', '');
    links.append(a, ' ');
  }
  out.appendChild(links);
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  return e;
}

function drawChart(box, readout, comparison, metric, dimension) {
  clear(box);
  // The change and its interval (none from one replication: the bar alone).
  const rows = comparison.rows.filter((r) => r.metric === metric && r.dimension === dimension && r.delta && Number.isFinite(num(r.delta.mean)))
    .map((r) => {
      const mean = num(r.delta.mean), low = num(r.delta.low), high = num(r.delta.high);
      return { key: r.key, mean, low: Number.isFinite(low) ? low : mean, high: Number.isFinite(high) ? high : mean, ci: interval(r.delta), baseline: r.baseline, reform: r.reform };
    })
    .sort((a, b) => a.mean - b.mean);
  if (!rows.length) { box.appendChild(el('p', 'No values for this metric by ' + dimension + '.')); return; }
  const shown = rows.length > 40 ? rows.slice(0, 20).concat(rows.slice(-20)) : rows;
  const bar = 16, gap = 4, left = 190, width = 720, height = shown.length * (bar + gap) + 30;
  const lo = Math.min(0, ...shown.map((r) => r.low)), hi = Math.max(0, ...shown.map((r) => r.high));
  const x = (v) => left + ((v - lo) / ((hi - lo) || 1)) * (width - left - 20);
  const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img', 'aria-label': words(metric) + ' by ' + dimension });
  chart.appendChild(svg('line', { x1: x(0), x2: x(0), y1: 0, y2: height - 24, class: 'axis' }));
  shown.forEach((r, i) => {
    const y = i * (bar + gap) + 4;
    const label = svg('text', { x: left - 6, y: y + bar - 4, 'text-anchor': 'end', class: 'label' });
    label.textContent = r.key.length > 28 ? r.key.slice(0, 27) + '…' : r.key;
    const rect = svg('rect', { x: Math.min(x(0), x(r.mean)), y, width: Math.max(1, Math.abs(x(r.mean) - x(0))), height: bar, class: r.mean < 0 ? 'bar down' : 'bar up' });
    const text = r.key + ': change ' + fmt(r.mean) + ' (' + (r.ci ? '95% CI ' + r.ci : 'one replication, no interval') + '; ' + fmt(r.baseline && r.baseline.mean) + ' → ' + fmt(r.reform && r.reform.mean) + ')';
    const title = svg('title'); title.textContent = text; rect.appendChild(title);
    rect.addEventListener('mouseenter', () => { readout.textContent = text; });
    const whisker = svg('line', { x1: x(r.low), x2: x(r.high), y1: y + bar / 2, y2: y + bar / 2, class: 'whisker' });
    chart.append(label, rect, whisker);
  });
  const axis = svg('text', { x: (left + width) / 2, y: height - 8, 'text-anchor': 'middle', class: 'label' });
  axis.textContent = 'change in ' + words(metric) + (rows.length > shown.length ? ' (the 20 largest falls and rises of ' + rows.length + ')' : '');
  chart.appendChild(axis);
  box.appendChild(chart);
}

// ---- What-if: results on a tile map of the areas ------------------------------------------------

let mapsRequest = null;

// The change relative to each area's baseline on the law's tile map (GET /api/maps) whose tiles are
// exactly the rows' areas: relative, so that a large municipality does not outshine the rest.
async function drawMap(box, readout, comparison, metric, dimension) {
  clear(box);
  if (dimension !== 'municipality') return;
  const rows = comparison.rows.filter((r) => r.metric === metric && r.dimension === dimension);
  mapsRequest ||= api('GET', '/api/maps');
  let maps;
  try { maps = await mapsRequest; } catch { return; }
  const keys = new Set(rows.map((r) => r.key));
  const map = maps.find((m) => Object.keys(m.tiles).length === keys.size && Object.keys(m.tiles).every((k) => keys.has(k)));
  if (!map) return;
  const change = (r) => r.baseline && num(r.baseline.mean) !== 0 && r.delta ? num(r.delta.mean) / num(r.baseline.mean) : NaN;
  const scale = Math.max(1e-9, ...rows.map((r) => Math.abs(change(r))).filter(Number.isFinite));
  const size = 34, pad = 2;
  const columns = Math.max(...Object.values(map.tiles).map((t) => t[0])) + 1;
  const lines = Math.max(...Object.values(map.tiles).map((t) => t[1])) + 1;
  const width = columns * size + 20, height = lines * size + 24;
  const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: Math.min(width * 1.4, 760), role: 'img', 'aria-label': 'relative change in ' + words(metric) + ' by municipality, as a map' });
  for (const inset of map.insets) {
    const frame = svg('rect', { x: inset.column * size - 4, y: inset.row * size - 4 + 14, width: inset.columns * size + 6, height: inset.rows * size + 6, class: 'inset' });
    const label = svg('text', { x: inset.column * size - 2, y: 10, class: 'label' });
    label.textContent = inset.title;
    chart.append(frame, label);
  }
  for (const r of rows) {
    const [c, line] = map.tiles[r.key];
    const v = change(r);
    const t = Number.isFinite(v) ? Math.min(1, Math.abs(v) / scale) : 0;
    // Green for a fall, red for a rise, as the bars; paler nearer no change.
    const colour = !Number.isFinite(v) ? '#e5e8ee' : v < 0 ? 'rgba(30,132,73,' + (0.15 + 0.85 * t) + ')' : 'rgba(192,57,43,' + (0.15 + 0.85 * t) + ')';
    const rect = svg('rect', { x: c * size + pad / 2, y: line * size + pad / 2 + 14, width: size - pad, height: size - pad, rx: 3, fill: colour, class: 'tile' });
    const text = r.key + ': change ' + fmt(r.delta && r.delta.mean) + ' (' + pct(v) + '; ' + (r.delta && interval(r.delta) ? '95% CI ' + interval(r.delta) : 'one replication, no interval') + '; ' + fmt(r.baseline && r.baseline.mean) + ' → ' + fmt(r.reform && r.reform.mean) + ')';
    const title = svg('title'); title.textContent = text; rect.appendChild(title);
    rect.addEventListener('mouseenter', () => { readout.textContent = text; });
    const label = svg('text', { x: c * size + size / 2, y: line * size + size / 2 + 18, 'text-anchor': 'middle', class: 'tile-label' });
    label.textContent = r.key.slice(0, 4);
    chart.append(rect, label);
  }
  box.appendChild(chart);
  box.appendChild(el('p', 'The change relative to each municipality\'s baseline: green a fall, red a rise, the darkest ' + pct(-scale) + ' or ' + pct(scale) + '. Hover a square for its numbers.'));
  box.appendChild(el('p', map.note, 'meta'));
}

// ---- What-if: the population's composition ----------------------------------------------------

let population = null;

// One row of percentages per fact the model's cohorts are keyed by (GET /api/population).
async function compositionForm() {
  const box = $('whatif-composition');
  if (!box) return;
  try {
    population = await api('GET', '/api/population');
  } catch (e) { box.textContent = e.message; return; }
  clear(box);
  // The rows can be keyed by each of the domain's enum facts too (as lovkode run --group-by benefit).
  const groupBy = $('whatif-groupby');
  for (const fact of population.groupingFacts) {
    const option = el('option', "each person's " + fact);
    option.value = fact;
    groupBy.appendChild(option);
  }
  box.appendChild(el('p', 'Model ' + population.model + ' — ' + population.title, 'meta'));
  for (const f of population.facts) {
    const row = el('div', null, 'inline composition');
    row.appendChild(el('b', f.fact));
    for (const m of f.members) {
      const label = el('label', m.member);
      const input = el('input');
      input.type = 'number'; input.min = '0'; input.max = '100'; input.step = 'any';
      input.value = (m.share * 100).toFixed(1);
      input.dataset.fact = f.fact; input.dataset.member = m.member; input.dataset.start = input.value;
      input.className = 'share';
      input.setAttribute('aria-label', f.fact + ' ' + m.member + ' %');
      label.appendChild(input);
      row.appendChild(label);
    }
    row.appendChild(el('span', '%', 'meta'));
    box.appendChild(row);
  }
}

// The facts the user changed, each with every member's share (0–1); null when none changed.
function compositionRequest() {
  const inputs = [...document.querySelectorAll('#whatif-composition input.share')];
  const changed = new Set(inputs.filter((i) => i.value !== i.dataset.start).map((i) => i.dataset.fact));
  if (!changed.size) return null;
  const composition = {};
  for (const i of inputs.filter((x) => changed.has(x.dataset.fact))) {
    (composition[i.dataset.fact] ||= {})[i.dataset.member] = Number(i.value) / 100;
  }
  return composition;
}

// Marks the form control a problem response names (composition.benefit.Dagpenge, uncertainty.samples, …).
function markField(field) {
  for (const input of document.querySelectorAll('#whatif-form [aria-invalid]')) if (!input.classList.contains('param-value')) input.removeAttribute('aria-invalid');
  if (!field) return;
  const ids = {
    population: 'whatif-population', weeks: 'whatif-weeks', start: 'whatif-start', seed: 'whatif-seed', replications: 'whatif-replications', stop: 'whatif-stop',
    'uncertainty.samples': 'whatif-samples', 'uncertainty.method': 'whatif-method', 'uncertainty.replications': 'whatif-world-replications', baseline: 'whatif-baseline',
    groupBy: 'whatif-groupby',
  };
  if (ids[field]) { $(ids[field]).setAttribute('aria-invalid', 'true'); return; }
  const m = /^composition\.([^.]+)(?:\.(.+))?$/.exec(field);
  if (m) {
    for (const i of document.querySelectorAll('#whatif-composition input.share')) {
      if (i.dataset.fact === m[1] && (!m[2] || i.dataset.member === m[2])) i.setAttribute('aria-invalid', 'true');
    }
  }
}

// ---- What-if: the uncertainty analysis's results ---------------------------------------------------

function showUncertainty(out, u) {
  const section = el('section');
  section.id = 'whatif-uncertainty';
  section.appendChild(el('h3', 'Uncertainty over the assumptions'));
  const method = u.method === 'sobol' ? 'a Saltelli design of ' + u.samples + ' base rows' : 'a Latin hypercube of ' + u.samples + ' samples';
  let text = u.worlds.toLocaleString('en-GB') + ' worlds (' + method + ') over ' + u.assumptions.length + ' assumptions with stated ranges, each ' + u.replications + ' replications of ' +
    u.personsPerReplication.toLocaleString('en-GB') + ' persons, in ' + u.seconds.toFixed(1) + ' s.';
  if (u.calibration) {
    const c = u.calibration;
    text += ' ' + c.accepted + ' of ' + c.checked + ' worlds met the calibration targets' + (c.acceptanceRate === null ? '' : ' (' + (c.acceptanceRate * 100).toFixed(0) + '%)') + '.';
  }
  section.appendChild(el('p', text, 'meta'));
  // The reforms' deltas first: the numbers a decision rests on.
  const rows = [...u.outcomes].sort((a, b) => (a.kind === 'delta' ? 0 : a.kind === 'change' ? 1 : 2) - (b.kind === 'delta' ? 0 : b.kind === 'change' ? 1 : 2));
  const share = (v) => v === null || v === undefined ? '–' : (num(v) * 100).toFixed(0) + '%';
  const value = (o, v) => o.kind === 'change' ? pct(v) : fmt(v);
  const range = (o, lo, hi) => lo === null || hi === null ? '–' : value(o, lo) + ' to ' + value(o, hi);
  // Too few calibrated worlds for an interval: the interval over every sampled world instead, said so.
  const calibrated = rows.some((o) => o.low95 !== null);
  if (!calibrated) {
    section.appendChild(el('p', 'Fewer than two worlds met the calibration targets, so the intervals below are over every sampled world (the prior), not the calibrated ones. ' +
      'A small population rarely meets them: simulate more persons per world, or turn calibration off to ask for the prior on purpose.', 'note'));
  }
  const headers = calibrated ? ['outcome', 'unit', 'point', 'median', '90% interval', '95% interval', 'due to the assumptions']
    : ['outcome', 'unit', 'point', 'median (all worlds)', '95% interval (all worlds)', 'due to the assumptions (all worlds)'];
  section.appendChild(table(headers, rows.map((o) => calibrated
    ? [o.title || words(o.metric), o.kind === 'change' ? '%' : o.unit, value(o, o.point), value(o, o.median), range(o, o.low90, o.high90), range(o, o.low95, o.high95), share(o.assumptionShare)]
    : [o.title || words(o.metric), o.kind === 'change' ? '%' : o.unit, value(o, o.point), value(o, o.priorMedian), range(o, o.priorLow95, o.priorHigh95), share(o.priorAssumptionShare)]),
  'uncertainty-outcomes'));

  if (u.oneWay && u.oneWay.length) {
    const controls = el('div', null, 'inline');
    const pick = el('select'); pick.id = 'tornado-outcome';
    u.oneWay.forEach((t, i) => { const o = el('option', t.title); o.value = String(i); pick.appendChild(o); });
    controls.append(el('span', 'What drives it: each assumption at its low end (green) and its high end (red), the others at their points, for '), pick);
    section.appendChild(controls);
    const chart = el('div', null, 'chart'); chart.id = 'tornado-chart';
    const readout = el('div', ' ', 'readout');
    section.append(chart, readout);
    const draw = () => drawTornado(chart, readout, u.oneWay[Number(pick.value)]);
    pick.addEventListener('change', draw);
    draw();
  }
  for (const sobol of u.sobol || []) {
    section.appendChild(el('h4', "Sobol' indices: " + sobol.title));
    section.appendChild(table(['assumption', 'first order', 'interval', 'total', 'interval'], sobol.indices.map((r) => [
      r.assumption, share(r.first), share(r.firstLow) + ' to ' + share(r.firstHigh), share(r.total), share(r.totalLow) + ' to ' + share(r.totalHigh),
    ])));
  }
  out.appendChild(section);
}

// A tornado: for each assumption, the outcome at its low and at its high end, around the point.
function drawTornado(box, readout, t) {
  clear(box);
  const bars = t.bars.slice(0, 15);
  if (!bars.length) { box.appendChild(el('p', 'No assumption moves this outcome.')); return; }
  const bar = 16, gap = 4, left = 300, width = 760, height = bars.length * (bar + gap) + 30;
  const values = bars.flatMap((b) => [b.atLow, b.atHigh]).concat([t.base]);
  const lo = Math.min(...values), hi = Math.max(...values);
  const x = (v) => left + ((v - lo) / ((hi - lo) || 1)) * (width - left - 20);
  const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img', 'aria-label': 'what drives ' + t.title });
  chart.appendChild(svg('line', { x1: x(t.base), x2: x(t.base), y1: 0, y2: height - 24, class: 'axis' }));
  bars.forEach((b, i) => {
    const y = i * (bar + gap) + 4;
    const label = svg('text', { x: left - 6, y: y + bar - 4, 'text-anchor': 'end', class: 'label' });
    label.textContent = b.assumption.length > 44 ? b.assumption.slice(0, 43) + '…' : b.assumption;
    chart.appendChild(label);
    // Both ends may lie on one side of the point: the longer bar first, so the shorter stays visible on it.
    const ends = [['low', b.atLow, b.low], ['high', b.atHigh, b.high]].sort((p, q) => Math.abs(q[1] - t.base) - Math.abs(p[1] - t.base));
    for (const [end, at, bound] of ends) {
      const rect = svg('rect', { x: Math.min(x(t.base), x(at)), y, width: Math.max(1, Math.abs(x(at) - x(t.base))), height: bar, class: end === 'low' ? 'bar down' : 'bar up' });
      const text = b.assumption + ' at its ' + end + ' end (' + fmt(bound) + '): ' + fmt(at) + ' ' + t.unit + ' (point ' + fmt(t.base) + ')';
      const title = svg('title'); title.textContent = text; rect.appendChild(title);
      rect.addEventListener('mouseenter', () => { readout.textContent = text; });
      chart.appendChild(rect);
    }
  });
  const axis = svg('text', { x: (left + width) / 2, y: height - 8, 'text-anchor': 'middle', class: 'label' });
  axis.textContent = t.unit + (t.bars.length > bars.length ? ' (the 15 widest swings of ' + t.bars.length + ')' : '');
  chart.appendChild(axis);
  box.appendChild(chart);
}

// ---- Your reform ----------------------------------------------------------------------------

function reformPage() {
  const form = $('reform-form');
  if (!form) return;
  const text = $('reform-text');
  const name = $('reform-name');
  let timer = null;
  let last = null;
  const check = async () => {
    const summary = $('reform-summary');
    const lines = $('reform-lines');
    try {
      const report = await api('POST', '/api/check', { files: [{ name: name.value, text: text.value }] });
      last = report;
      clear(lines);
      const byLine = new Map();
      for (const d of report.diagnostics) {
        if (!byLine.has(d.line)) byLine.set(d.line, []);
        byLine.get(d.line).push(d);
      }
      text.value.split('\n').forEach((line, i) => {
        const li = el('li');
        li.appendChild(el('code', line || ' '));
        for (const d of byLine.get(i + 1) || []) {
          const note = el('div', null, 'diag ' + d.severity);
          note.dataset.line = String(d.line);
          const link = el('a', d.id);
          link.href = '/docs/diagnostics#' + encodeURIComponent(d.id);
          note.append(d.line + ':' + d.column + ' ' + d.severity + ' ', link, ': ' + d.message);
          if (d.hint) note.append(el('div', 'hint: ' + d.hint, 'hint'));
          li.appendChild(note);
          li.classList.add('has-' + d.severity);
        }
        lines.appendChild(li);
      });
      const elsewhere = report.diagnostics.filter((d) => d.file !== name.value || d.line > text.value.split('\n').length);
      for (const d of elsewhere) lines.appendChild(el('li', d.text, 'diag ' + d.severity));
      const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
      const warnings = report.diagnostics.filter((d) => d.severity === 'warning').length;
      summary.className = report.ok ? 'ok' : 'error';
      summary.textContent = report.ok
        ? 'Compiles' + (warnings ? ' with ' + warnings + ' warning(s)' : '') + '. Regimes: ' + (report.regimes.join(', ') || 'none') + '.'
        : errors + ' error(s), ' + warnings + ' warning(s).';
      $('reform-run').disabled = !(report.ok && report.regimes.length);
    } catch (e) {
      summary.className = 'error';
      summary.textContent = e.message;
      $('reform-run').disabled = true;
    }
  };
  const later = () => { clearTimeout(timer); timer = setTimeout(check, 400); };
  text.addEventListener('input', later);
  name.addEventListener('input', later);
  form.addEventListener('submit', (event) => { event.preventDefault(); check(); });
  $('reform-file').addEventListener('change', () => {
    const file = $('reform-file').files[0];
    if (!file) return;
    if (/^[A-Za-z0-9_-]{1,64}\.rules$/.test(file.name)) name.value = file.name;
    file.text().then((t) => { text.value = t; check(); });
  });
  $('reform-run').addEventListener('click', () => {
    if (!last || !last.ok) return;
    const base = /\bextends\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(text.value);
    sessionStorage.setItem('lovkode.rules', JSON.stringify({ name: name.value, text: text.value, regimes: last.regimes, base: base ? base[1] : null }));
    location.href = '/what-if';
  });
  check();
}

document.addEventListener('DOMContentLoaded', () => { explainPage(); whatIfPage(); reformPage(); });
