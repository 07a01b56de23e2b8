import * as Plot from '@observablehq/plot';
import { type ChartClaim, type ChartData, FromChart, ToChart } from './chartProtocol';

// The claims chart, in the webview: each claim drawn with Observable Plot (a point for an exact figure, a bar for a
// range, an arrow for "at least" or "up to"), coloured by source, and the same claims as a table for screen readers
// and for reading exact values. A click on a mark or an article opens the article at the claim.

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const host = acquireVsCodeApi();
const send = (message: FromChart) => host.postMessage(FromChart.parse(message));

const root = document.getElementById('chart')!;
let claimsByKey = new Map<string, ChartClaim>();

window.addEventListener('message', (event) => {
  const message = ToChart.safeParse(event.data);
  if (message.success) render(message.data.data);
});
root.addEventListener('click', (event) => {
  const target = (event.target as Element).closest('[data-claim], a[href^="#claim-"]');
  const key = target?.getAttribute('data-claim') ?? target?.getAttribute('href')?.slice('#claim-'.length);
  const claim = key ? claimsByKey.get(decodeURIComponent(key)) : undefined;
  if (!claim) return;
  event.preventDefault();
  send({ type: 'open', location: claim.location });
});
send({ type: 'ready' });

const note = (c: ChartClaim) => [c.disputed ? '⚠ disagrees' : '', c.update === 'up' ? '↑ same source, later count' : c.update === 'down' ? '↓ same source, earlier count' : ''].filter(Boolean).join(', ');
const href = (c: ChartClaim) => `#claim-${encodeURIComponent(c.key)}`;
const when = (c: ChartClaim) => c.published ?? 'undated';

function render(data: ChartData): void {
  claimsByKey = new Map(data.claims.map((c) => [c.key, c]));
  root.replaceChildren();
  const heading = document.createElement('h1');
  heading.textContent = data.title;
  const subtitle = document.createElement('p');
  subtitle.className = 'subtitle';
  subtitle.textContent = data.subtitle;
  const figure = data.kind === 'incident' ? numberLine(data) : timeline(data);
  figure.setAttribute('aria-label', `${data.kind === 'incident' ? 'Each source\'s claim on a number line' : 'Claims over time'}: ${data.title}. The table below holds the same claims.`);
  root.append(heading, subtitle, figure, table(data));
}

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const finiteMax = (claims: ChartClaim[]) => Math.max(1, ...claims.map((c) => c.high));

/** An incident: one row per claim, its interval on one number line. */
function numberLine(data: ChartData): Element {
  const max = finiteMax(data.claims) * 1.15;
  const rows = data.claims.map((c) => c.key);
  const label = (key: string) => {
    const c = claimsByKey.get(key)!;
    return `${shorten(c.source, 26)} — ${shorten(c.article, 22)}`;
  };
  const closed = data.claims.filter((c) => c.open === 'none');
  // Room for the longest row label at the 12px font (~6.6px a character), so that no label is cut at the edge.
  const marginLeft = Math.ceil(16 + 6.6 * Math.max(...rows.map((key) => label(key).length)));
  return Plot.plot({
    marginLeft, marginRight: 40, height: 44 + rows.length * 28, width: Math.max(640, root.clientWidth - 24),
    style: { background: 'transparent', fontSize: '12px' },
    x: { domain: [0, max], grid: true, label: data.unit ? `${data.unit} →` : 'value →' },
    y: { domain: rows, type: 'point', padding: 0.6, tickFormat: label, label: null },
    color: { legend: true, type: 'categorical' },
    marks: [
      Plot.ruleY(closed.filter((c) => c.low < c.high), { y: 'key', x1: 'low', x2: 'high', stroke: 'source', strokeWidth: 7, strokeOpacity: 0.7, href, title: (c: ChartClaim) => `${c.label} — ${c.source}` }),
      Plot.dot(closed.filter((c) => c.low === c.high), { y: 'key', x: 'low', fill: 'source', r: 6, href, title: (c: ChartClaim) => `${c.label} — ${c.source}` }),
      Plot.arrow(data.claims.filter((c) => c.open === 'above'), { y1: 'key', y2: 'key', x1: 'low', x2: () => max, stroke: 'source', strokeWidth: 2, href, title: (c: ChartClaim) => `${c.label} — ${c.source}` }),
      Plot.arrow(data.claims.filter((c) => c.open === 'below'), { y1: 'key', y2: 'key', x1: 'high', x2: () => 0, stroke: 'source', strokeWidth: 2, href, title: (c: ChartClaim) => `${c.label} — ${c.source}` }),
      Plot.text(data.claims, { y: 'key', x: 'low', text: 'label', dy: -12, fill: 'currentColor' }),
      Plot.text(data.claims.filter((c) => c.disputed || c.update), { y: 'key', x: () => 0, text: (c: ChartClaim) => (c.disputed ? '⚠' : c.update === 'up' ? '↑' : '↓'), dx: -14, fill: 'currentColor' }),
    ],
  });
}

/** A place and a kind of quantity: the claims over time, each at the day it is about. */
function timeline(data: ChartData): Element {
  const dated = data.claims.filter((c) => c.day).map((c) => ({ ...c, date: new Date(`${c.day}T00:00:00Z`) }));
  const max = finiteMax(dated) * 1.15;
  return Plot.plot({
    marginLeft: 60, height: 420, width: Math.max(640, root.clientWidth - 24),
    style: { background: 'transparent', fontSize: '12px' },
    x: { type: 'utc', label: 'day the claim is about →' },
    y: { domain: [0, max], grid: true, label: data.unit ? `↑ ${data.unit}` : '↑ value' },
    color: { legend: true, type: 'categorical' },
    marks: [
      Plot.ruleX(dated.filter((c) => c.open === 'none' && c.low < c.high), { x: 'date', y1: 'low', y2: 'high', stroke: 'source', strokeWidth: 5, href, title: (c: ChartClaim) => `${c.label} — ${c.source}, ${c.article}` }),
      Plot.dot(dated.filter((c) => c.open === 'none' && c.low === c.high), { x: 'date', y: 'low', fill: 'source', r: 5, href, title: (c: ChartClaim) => `${c.label} — ${c.source}, ${c.article}` }),
      Plot.arrow(dated.filter((c) => c.open === 'above'), { x1: 'date', x2: 'date', y1: 'low', y2: () => max, stroke: 'source', href, title: (c: ChartClaim) => `${c.label} — ${c.source}, ${c.article}` }),
      Plot.arrow(dated.filter((c) => c.open === 'below'), { x1: 'date', x2: 'date', y1: 'high', y2: () => 0, stroke: 'source', href, title: (c: ChartClaim) => `${c.label} — ${c.source}, ${c.article}` }),
    ],
  });
}

/** The claims as a table: what a screen reader reads, and where exact values and articles are. */
function table(data: ChartData): HTMLTableElement {
  const t = document.createElement('table');
  const caption = t.createCaption();
  caption.textContent = `${data.claims.length} claims: ${data.title}`;
  const head = t.createTHead().insertRow();
  for (const h of ['Value', 'Source', 'Article', data.kind === 'incident' ? 'Reported' : 'About', 'Note']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.append(th);
  }
  const body = t.createTBody();
  for (const c of data.claims) {
    const row = body.insertRow();
    row.insertCell().textContent = c.label;
    row.insertCell().textContent = c.source;
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = c.article;
    open.title = 'Open the article at this claim';
    open.dataset.claim = c.key;
    row.insertCell().append(open);
    row.insertCell().textContent = data.kind === 'incident' ? when(c) : c.day ?? 'undated';
    row.insertCell().textContent = note(c);
  }
  return t;
}
