// The chart of a contract's incidents raised per month over its life: an inline SVG drawn by the page
// (bars with their figure written on them and the months under them, so it reads without colour), and
// the same figures as a table beside it for screen readers and for copying.

import { s, h, table } from '../common/dom.js';
import { month, monthOnly } from '../common/format.js';

/** Months from the contract's start to its end or today, whichever is first, each with its count. */
export function monthlyCounts(startsOn, endsOn, raisedAts, today = new Date()) {
  const start = new Date(`${startsOn}T00:00:00Z`);
  const endDay = new Date(`${endsOn}T00:00:00Z`);
  const last = endDay < today ? endDay : today;
  const months = [];
  for (let y = start.getUTCFullYear(), m = start.getUTCMonth();
    y < last.getUTCFullYear() || (y === last.getUTCFullYear() && m <= last.getUTCMonth());
    m === 11 ? (y += 1, m = 0) : (m += 1)) {
    months.push({ year: y, month: m, count: 0 });
  }
  if (!months.length) months.push({ year: start.getUTCFullYear(), month: start.getUTCMonth(), count: 0 });
  for (const at of raisedAts) {
    const d = new Date(at);
    const slot = months.find((x) => x.year === d.getUTCFullYear() && x.month === d.getUTCMonth());
    if (slot) slot.count += 1;
  }
  return months;
}

export function incidentsChart(id, months, language, words) {
  const barWidth = 28;
  const gap = 14;
  const top = 22;
  const plot = 120;
  const bottom = 34;
  const width = Math.max(months.length * (barWidth + gap) + gap, 200);
  const max = Math.max(1, ...months.map((m) => m.count));
  const names = months.map((m) => month(language, m.year, m.month));
  const svg = s('svg', { viewBox: `0 0 ${width} ${top + plot + bottom}`, width, height: top + plot + bottom,
    role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, class: 'chart' },
  s('title', { id: `${id}-title` }, words.title),
  s('desc', { id: `${id}-desc` }, words.summary),
  s('line', { x1: 0, x2: width, y1: top + plot, y2: top + plot, stroke: 'currentColor', 'stroke-width': 1 }),
  months.map((m, i) => {
    const x = gap + i * (barWidth + gap);
    const height = Math.round((m.count / max) * plot);
    const y = top + plot - height;
    return s('g', {},
      s('rect', { x, y, width: barWidth, height: Math.max(height, 0), class: 'bar' }),
      s('text', { x: x + barWidth / 2, y: y - 6, 'text-anchor': 'middle', class: 'figure' }, String(m.count)),
      s('text', { x: x + barWidth / 2, y: top + plot + 14, 'text-anchor': 'middle', class: 'axis' }, monthOnly(language, m.month)),
      s('text', { x: x + barWidth / 2, y: top + plot + 28, 'text-anchor': 'middle', class: 'axis' },
        i === 0 || m.month === 0 ? String(m.year) : ''));
  }));
  return h('div', { class: 'chart-and-table' },
    h('div', { class: 'chart-scroll', tabindex: '0', 'aria-label': words.title }, svg),
    table(words.title, [words.month, words.raised], months.map((m, i) => [names[i], String(m.count)]), { className: 'figures', hiddenCaption: true }));
}
