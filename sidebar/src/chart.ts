/// <reference lib="dom" />
// Small charts: the score gauge (SVG), bars as an HTML list (labels wrap in every language, never
// cut) and the audit trend sparkline (SVG, no text in it).
import { h, svg } from './dom';
import { format } from './i18n';

export function scoreBand(score: number): 'good' | 'fair' | 'poor' {
  return score >= 80 ? 'good' : score >= 50 ? 'fair' : 'poor';
}

/** A ring showing score/100 with the number in the middle. */
export function gauge(score: number, label: string): SVGElement {
  const r = 30;
  const c = 2 * Math.PI * r;
  const filled = (Math.max(0, Math.min(100, score)) / 100) * c;
  return svg(
    'svg',
    { class: `gauge gauge-${scoreBand(score)}`, viewBox: '0 0 80 80', width: 80, height: 80, role: 'img', 'aria-label': label },
    svg('circle', { cx: 40, cy: 40, r, class: 'gauge-track' }),
    svg('circle', {
      cx: 40,
      cy: 40,
      r,
      class: 'gauge-value',
      'stroke-dasharray': `${filled.toFixed(1)} ${c.toFixed(1)}`,
      transform: 'rotate(-90 40 40)',
    }),
    svg('text', { x: 40, y: 46, 'text-anchor': 'middle', class: 'gauge-text', 'aria-hidden': 'true' }, format(Math.round(score))),
  );
}

/** A thin bar showing value/max. */
export function meter(value: number, max: number, kind = ''): HTMLElement {
  const pct = max > 0 ? Math.max(2, Math.round((value / max) * 100)) : 0;
  return h('span', { class: 'meter', 'aria-hidden': 'true' }, h('span', { class: `meter-fill ${kind}`.trim(), style: `width:${pct}%` }));
}

export interface Bar {
  label: string;
  value: number;
}

/** One row per item: the label (wrapping), the count, a bar under them. `data`: labels are sheet values (headers). */
export function bars(items: Bar[], label: string, data = false): HTMLElement {
  const max = Math.max(1, ...items.map((b) => b.value));
  return h(
    'ul',
    { class: 'bars', 'aria-label': label },
    ...items.map((b) => h('li', null, h('span', { class: data ? 'bar-label data' : 'bar-label' }, b.label), h('span', { class: 'bar-value' }, format(b.value)), meter(b.value, max))),
  );
}

/** A sparkline of audit scores (0-100) over time. */
export function trend(points: number[], label: string, width = 268, height = 48): SVGElement {
  const root = svg('svg', { class: 'trend', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'none' });
  if (points.length === 0) return root;
  const step = points.length > 1 ? (width - 8) / (points.length - 1) : 0;
  const xy = points.map((p, i) => [4 + i * step, 4 + (1 - Math.max(0, Math.min(100, p)) / 100) * (height - 8)] as const);
  root.appendChild(svg('line', { x1: 0, x2: width, y1: height / 2, y2: height / 2, class: 'trend-mid' }));
  root.appendChild(svg('polyline', { points: xy.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '), class: 'trend-line' }));
  for (const [x, y] of xy) root.appendChild(svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 2.5, class: 'trend-dot' }));
  return root;
}
