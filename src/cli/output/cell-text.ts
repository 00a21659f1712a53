import type { Cell } from '../../core/table';

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A cell as text for CSV: dates as ISO (`2024-03-01`, with the time only when there is one),
 * booleans as TRUE/FALSE like a spreadsheet writes them, blanks as ''.
 */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const d = value;
  if (Number.isNaN(d.getTime())) return '';
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours(), m = d.getUTCMinutes(), s = d.getUTCSeconds();
  return h || m || s ? `${date} ${pad(h)}:${pad(m)}:${pad(s)}` : date;
}
