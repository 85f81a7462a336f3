// kg serve's page: search with completion, an entity's neighbourhood as a graph with filters,
// the claims behind an edge with their Arabic sentences, a timeline, and a query console.
// Everything comes from the server's JSON API; data is only ever inserted as text.
'use strict';

const TYPE_COLOURS = {
  COUNTRY: '#8fb8e3', PLACE: '#a8d49a', ORG: '#f2d675', ARMED_GROUP: '#e8908f',
  PERSON: '#c3aee8', MEDIA: '#c9c9c9',
};

const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) node.append(child);
  return node;
}

async function api(path, params = {}) {
  const url = new URL(path, location.href);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') url.searchParams.set(key, value);
  }
  const res = await fetch(url);
  const body = await res.json();
  if (!res.ok) throw Object.assign(new Error(body.error || res.statusText), body);
  return body;
}

// ---- search with completion ----

const search = $('search');
const completions = $('completions');
let completionItems = [];
let selected = -1;
let completionTimer;

function showCompletions(names) {
  completionItems = names;
  selected = -1;
  completions.replaceChildren(...names.map((n, i) => {
    const item = el('li', { role: 'option' },
      el('span', { textContent: n.match }),
      el('span', { className: 'hint', textContent: `${n.label}${n.type ? ' · ' + n.type : ''}` }));
    item.addEventListener('mousedown', (e) => { e.preventDefault(); choose(i); });
    return item;
  }));
  completions.hidden = names.length === 0;
}

function choose(i) {
  const n = completionItems[i];
  if (!n || !n.name) return;
  completions.hidden = true;
  search.value = n.match;
  location.hash = 'entity=' + encodeURIComponent(n.name);
}

search.addEventListener('input', () => {
  clearTimeout(completionTimer);
  completionTimer = setTimeout(async () => {
    const prefix = search.value.trim();
    if (!prefix) return showCompletions([]);
    try {
      const answer = await api('api/complete', { prefix });
      if (search.value.trim() === prefix) showCompletions(answer.names);
    } catch (e) {
      showCompletions([]);
    }
  }, 120);
});

search.addEventListener('keydown', (e) => {
  if (completions.hidden) return;
  const items = completions.children;
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    selected = (selected + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
    [...items].forEach((item, i) => item.setAttribute('aria-selected', i === selected));
  } else if (e.key === 'Enter') {
    choose(selected >= 0 ? selected : 0);
  } else if (e.key === 'Escape') {
    completions.hidden = true;
  }
});
search.addEventListener('blur', () => { completions.hidden = true; });

// ---- the entity view ----

let entity = null;  // the last /api/entity answer
let cy = null;

// The entity's edges with a neighbour, one per predicate, direction and polarity.
function edgesOf(answer) {
  const edges = [];
  answer.neighbours.forEach((n, i) => {
    n.key = n.name || 'literal-' + i;
    for (const e of n.edges) edges.push({ ...e, neighbour: n });
  });
  return edges;
}

function inRange(date, since, until) {
  if (!since && !until) return true;
  if (!date) return false;
  return (!since || date >= since) && (!until || date.slice(0, until.length) <= until);
}

// What the filters keep, drawn as one line per neighbour, direction and polarity that lists its
// predicates (as kg's DOT drawings merge them): parallel lines would hide each other.
function visibleEdges() {
  const since = $('since').value.trim();
  const until = $('until').value.trim();
  const shown = new Set([...$('predicates').querySelectorAll('input:checked')].map((c) => c.value));
  const merged = new Map();
  for (const e of edgesOf(entity)) {
    const dates = e.dates.filter((d) => inRange(d, since, until));
    if (!shown.has(e.predicate) || dates.length === 0) continue;
    const key = `${e.neighbour.key}|${e.direction}|${e.negated}`;
    if (!merged.has(key)) {
      merged.set(key, { neighbour: e.neighbour, direction: e.direction, negated: e.negated, parts: [], claims: 0 });
    }
    const line = merged.get(key);
    line.parts.push({ predicate: e.predicate, claims: e.claims });
    line.claims += e.claims;
  }
  for (const line of merged.values()) line.parts.sort((a, b) => b.claims - a.claims);
  return [...merged.values()];
}

function drawGraph() {
  const edges = visibleEdges();
  const elements = [{ data: { id: 'center', label: entity.label, colour: TYPE_COLOURS[entity.type] || '#fff' } }];
  const added = new Set();
  edges.forEach((e, i) => {
    const n = e.neighbour;
    if (!added.has(n.key)) {
      added.add(n.key);
      elements.push({ data: { id: n.key, name: n.name, label: n.label_ar ? `${n.label}\n${n.label_ar}` : n.label,
        colour: TYPE_COLOURS[n.type] || '#fff' } });
    }
    const out = e.direction === 'out';
    elements.push({ data: {
      id: 'e' + i, source: out ? 'center' : n.key, target: out ? n.key : 'center',
      label: e.parts.map((p) => (e.negated ? '!' : '') + p.predicate + (p.claims > 1 ? ' ×' + p.claims : '')).join('\n'),
      width: 1 + Math.log2(e.claims), edge: e,
    }, classes: e.negated ? 'denied' : '' });
  });
  if (cy) cy.destroy();
  cy = cytoscape({
    container: $('graph'),
    elements,
    layout: { name: 'concentric', concentric: (node) => (node.id() === 'center' ? 2 : 1), levelWidth: () => 1,
      minNodeSpacing: 30, animate: false },
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)', 'border-width': 1,
        'border-color': '#666', 'text-wrap': 'wrap', 'font-size': 11, 'text-valign': 'center', width: 'label',
        height: 'label', padding: 8, shape: 'round-rectangle' } },
      { selector: '#center', style: { 'border-width': 3, 'border-color': '#000', 'font-weight': 'bold' } },
      { selector: 'edge', style: { label: 'data(label)', width: 'data(width)', 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', 'font-size': 9, 'text-wrap': 'wrap', 'line-color': '#888',
        'target-arrow-color': '#888', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: 'edge.denied', style: { 'line-style': 'dashed', 'line-color': '#cc0000',
        'target-arrow-color': '#cc0000', color: '#cc0000' } },
      { selector: 'edge:selected', style: { 'line-color': '#24528f', 'target-arrow-color': '#24528f', width: 4 } },
    ],
  });
  cy.on('tap', 'edge', (event) => showClaims(event.target.data('edge')));
  cy.on('tap', 'node', (event) => {
    const name = event.target.data('name');
    if (name) location.hash = 'entity=' + encodeURIComponent(name);
  });
  const hidden = entity.neighbours.length - added.size;
  const more = [];
  if (entity.more_neighbours > 0) more.push(`and ${entity.more_neighbours} more neighbours with fewer claims`);
  if (hidden > 0) more.push(`${hidden} hidden by the filters`);
  $('more').textContent = more.join('; ');
}

function drawPredicateFilters() {
  const predicates = [...new Set(edgesOf(entity).map((e) => e.predicate))].sort();
  const boxes = predicates.map((p) => {
    const box = el('input', { type: 'checkbox', value: p, checked: true });
    box.addEventListener('change', drawGraph);
    return el('label', {}, box, ' ' + p);
  });
  $('predicates').replaceChildren(el('legend', { textContent: 'Predicates' }), ...boxes);
}

function drawTimeline() {
  const months = entity.timeline;
  const most = Math.max(1, ...months.map((m) => m.claims));
  const bars = months.map((m) => el('div', { className: 'bar', title: `${m.month}: ${m.claims} claims` }));
  bars.forEach((bar, i) => { bar.style.height = `${Math.round((months[i].claims / most) * 100)}%`; });
  const axis = months.length
    ? el('div', { className: 'timeline-axis' }, el('span', { textContent: months[0].month }),
      el('span', { textContent: months[months.length - 1].month }))
    : el('p', { textContent: 'No dated claims.' });
  $('timeline').replaceChildren(...bars);
  $('timeline').after(axis);
  if (drawTimeline.axis) drawTimeline.axis.remove();
  drawTimeline.axis = axis;
}

async function openEntity(name) {
  let answer;
  try {
    answer = await api('api/entity/' + encodeURIComponent(name), { neighbours: $('neighbour-limit').value });
  } catch (e) {
    $('entity').hidden = true;
    showQueryError(e, '');
    return;
  }
  entity = answer;
  $('entity').hidden = false;
  $('entity-label').textContent = answer.label;
  $('entity-arabic').textContent = answer.label_ar;
  $('entity-type').textContent = answer.type;
  // Entities of a large corpus have hundreds of names and roles: the first few show, the rest unfold.
  $('names-summary').textContent = `${answer.names.length} names: ${answer.names.slice(0, 6).join('، ')}` +
    (answer.names.length > 6 ? '…' : '');
  $('entity-names').textContent = answer.names.join('، ');
  $('roles-summary').textContent = `${answer.roles.length} roles` + (answer.roles.length ? ': ' +
    answer.roles.slice(0, 3).map((r) => r.holder ? `${r.predicate} ${r.other.label}` : `${r.other.label} ${r.predicate} it`)
      .join('; ') + (answer.roles.length > 3 ? '…' : '') : '');
  $('entity-roles').replaceChildren(...answer.roles.map((r) => el('li', {
    textContent: r.holder ? `${r.predicate} ${r.other.label} (${r.articles} articles)`
      : `${r.other.label} ${r.predicate} it (${r.articles} articles)`,
  })));
  $('claims').hidden = true;
  drawPredicateFilters();
  drawGraph();
  drawTimeline();
}

// ---- the claims behind an edge ----

// The sentence with the trigger and the arguments marked; spans count code points.
function markedSentence(claim) {
  const chars = Array.from(claim.text);
  const marks = new Array(chars.length).fill('');
  const mark = (span, cls) => {
    if (!span) return;
    for (let i = span.begin; i < Math.min(span.end, chars.length); i++) if (!marks[i]) marks[i] = cls;
  };
  mark(claim.trigger, 'trigger');
  mark(claim.subject_span, 'argument');
  mark(claim.object_span, 'argument');
  const sentence = el('p', { className: 'sentence', lang: 'ar', dir: 'rtl' });
  for (let i = 0; i < chars.length;) {
    let j = i;
    while (j < chars.length && marks[j] === marks[i]) j++;
    const text = chars.slice(i, j).join('');
    sentence.append(marks[i] ? el('mark', { className: marks[i], textContent: text }) : text);
    i = j;
  }
  return sentence;
}

async function showClaims(edge) {
  const n = edge.neighbour;
  const out = edge.direction === 'out';
  const [s, o] = out ? [entity.name, n.name] : [n.name, entity.name];
  const predicates = edge.parts.map((p) => p.predicate);
  $('claims').hidden = false;
  $('claims-title').textContent = `${out ? entity.label : n.label} → ${out ? n.label : entity.label}: ` +
    predicates.map((p) => (edge.negated ? '!' : '') + p).join(', ');
  if (!s || !o) {
    $('claims-list').replaceChildren(el('li', { textContent: 'A literal: no claims to list.' }));
    return;
  }
  const answer = await api('api/claims', { s, o, p: predicates.length === 1 ? predicates[0] : '' });
  const since = $('since').value.trim();
  const until = $('until').value.trim();
  const claims = answer.claims.filter((c) => c.negated === edge.negated && predicates.includes(c.predicate) &&
    inRange(c.date, since, until));
  $('claims-list').replaceChildren(...claims.map((c) => {
    const meta = el('div', { className: 'claim-meta' },
      el('strong', { textContent: c.title || c.article }), ` — ${c.date || 'undated'} — ${c.source || c.file}`,
      c.attribution ? ` — according to ${c.attribution}` : '');
    const item = el('li', { className: c.negated ? 'denied' : '' }, meta);
    item.append(el('span', { className: c.negated ? 'denial' : 'predicate',
      textContent: (c.negated ? 'Denied: ' : '') + c.predicate }));
    item.append(markedSentence(c));
    return item;
  }));
  if (answer.truncated) $('claims-list').append(el('li', { textContent: 'More claims than shown.' }));
  $('claims').scrollIntoView({ block: 'nearest' });
}

// ---- the query console ----

function showQueryError(error, query) {
  const box = $('query-error');
  box.hidden = false;
  box.replaceChildren(el('strong', { textContent: error.message }));
  if (error.line && query) {
    const line = query.split('\n')[error.line - 1] || '';
    const caret = ' '.repeat(Math.max(0, error.column - 1)) + '^';
    box.append(el('pre', { textContent: `${line}\n${caret} (${error.line}:${error.column})` }));
    // Select the place in the editor: columns count code points.
    const before = query.split('\n').slice(0, error.line - 1).join('\n');
    const offset = (error.line > 1 ? before.length + 1 : 0) + Array.from(line).slice(0, error.column - 1).join('').length;
    $('query').setSelectionRange(offset, offset + 1);
  }
  if (error.suggestions && error.suggestions.length) {
    box.append(el('p', { textContent: 'Did you mean: ' + error.suggestions.join(', ') }));
  }
}

async function runQuery() {
  const q = $('query').value;
  $('query-error').hidden = true;
  $('query-status').textContent = 'Running…';
  $('results').replaceChildren();
  try {
    const answer = await api('api/query', { q, limit: 500 });
    const head = el('tr', {}, ...answer.columns.map((c) => el('th', { textContent: c })));
    const rows = answer.rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', {
      textContent: cell === null ? '' : String(cell),
      dir: 'auto',
    }))));
    $('results').replaceChildren(head, ...rows);
    $('query-status').textContent = `${answer.total} rows` + (answer.truncated ? `, the first ${answer.rows.length} shown` : '');
  } catch (e) {
    $('query-status').textContent = '';
    showQueryError(e, q);
  }
}

$('run').addEventListener('click', runQuery);
$('query').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) runQuery();
});
$('since').addEventListener('change', drawGraph);
$('until').addEventListener('change', drawGraph);
$('neighbour-limit').addEventListener('change', () => entity && openEntity(entity.name));

// ---- navigation: #entity=NAME ----

function route() {
  const match = location.hash.match(/^#entity=(.+)$/);
  if (match) openEntity(decodeURIComponent(match[1]));
}
window.addEventListener('hashchange', route);
route();
