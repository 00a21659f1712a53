/// <reference lib="dom" />
// Small inline-SVG charts: the score gauge, horizontal bars and the audit trend line.
import { svg } from './dom';
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

export interface Bar {
  label: string;
  value: number;
}

/** Horizontal bars, one per item, label on the left and count on the right. */
export function bars(items: Bar[], label: string, width = 268): SVGElement {
  const rowH = 22;
  const labelW = 116;
  const valueW = 34;
  const max = Math.max(1, ...items.map((b) => b.value));
  const barMax = width - labelW - valueW - 8;
  const height = items.length * rowH;
  const root = svg('svg', { class: 'bars', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label });
  items.forEach((b, i) => {
    const y = i * rowH;
    const w = Math.max(2, (b.value / max) * barMax);
    root.appendChild(svg('text', { x: 0, y: y + 15, class: 'bar-label' }, truncate(b.label, 18)));
    root.appendChild(svg('rect', { x: labelW, y: y + 5, width: w.toFixed(1), height: 12, rx: 2, class: 'bar' }));
    root.appendChild(svg('text', { x: labelW + w + 4, y: y + 15, class: 'bar-value' }, format(b.value)));
  });
  return root;
}

/** A sparkline of audit scores (0-100) over time. */
export function trend(points: number[], label: string, width = 268, height = 48): SVGElement {
  const root = svg('svg', { class: 'trend', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': label });
  if (points.length === 0) return root;
  const step = points.length > 1 ? (width - 8) / (points.length - 1) : 0;
  const xy = points.map((p, i) => [4 + i * step, 4 + (1 - Math.max(0, Math.min(100, p)) / 100) * (height - 8)] as const);
  root.appendChild(svg('line', { x1: 0, x2: width, y1: height / 2, y2: height / 2, class: 'trend-mid' }));
  root.appendChild(svg('polyline', { points: xy.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' '), class: 'trend-line' }));
  for (const [x, y] of xy) root.appendChild(svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 2.5, class: 'trend-dot' }));
  return root;
}

function truncate(text: string, n: number): string {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
