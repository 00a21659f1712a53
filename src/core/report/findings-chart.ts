/**
 * Findings by kind and column as an inline SVG stacked bar chart: one bar per kind, one segment
 * per column, a legend underneath. Inline SVG keeps the report one self-contained file.
 */
import { escapeHtml } from './escape-html';

export interface FindingCount {
  kind: string;
  column: string;
  count: number;
}

// Colour-blind-friendly palette (Okabe-Ito), repeated when there are more columns.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];

export function findingsChart(counts: readonly FindingCount[]): string {
  if (counts.length === 0) return '<p class="muted">No findings.</p>';
  const kinds = [...new Set(counts.map((c) => c.kind))];
  const columns = [...new Set(counts.map((c) => c.column))];
  const totals = kinds.map((k) => counts.filter((c) => c.kind === k).reduce((s, c) => s + c.count, 0));
  const max = Math.max(...totals, 1);
  const labelW = 170;
  const barW = 460;
  const rowH = 26;
  const legendRows = Math.ceil(columns.length / 4);
  const height = kinds.length * rowH + 16 + legendRows * 20;
  const parts: string[] = [];
  kinds.forEach((kind, i) => {
    const y = i * rowH + 4;
    parts.push(`<text x="${labelW - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(kind)}</text>`);
    let x = labelW;
    columns.forEach((column, ci) => {
      const n = counts.find((c) => c.kind === kind && c.column === column)?.count ?? 0;
      if (!n) return;
      const w = Math.max(1, (n / max) * barW);
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="20" fill="${PALETTE[ci % PALETTE.length]}"><title>${escapeHtml(`${kind} in ${column}: ${n}`)}</title></rect>`,
      );
      x += w;
    });
    parts.push(`<text x="${(x + 6).toFixed(1)}" y="${y + 15}">${totals[i]}</text>`);
  });
  const legendY = kinds.length * rowH + 16;
  columns.forEach((column, ci) => {
    const x = (ci % 4) * 160;
    const y = legendY + Math.floor(ci / 4) * 20;
    parts.push(`<rect x="${x}" y="${y}" width="12" height="12" fill="${PALETTE[ci % PALETTE.length]}"/>`);
    parts.push(`<text x="${x + 18}" y="${y + 11}">${escapeHtml(column.length > 20 ? `${column.slice(0, 19)}…` : column)}</text>`);
  });
  return `<svg class="chart" role="img" aria-label="Findings by kind and column" viewBox="0 0 ${labelW + barW + 60} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg" font-size="12" font-family="system-ui, sans-serif">${parts.join('')}</svg>`;
}
