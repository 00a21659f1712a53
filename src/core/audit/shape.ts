/**
 * Input hygiene shared by audit and plan: sheets and CSVs arrive ragged (rows shorter or longer
 * than the header), with non-text headers or missing rows. Everything downstream assumes one
 * width, so the table is padded with '' (never truncated: a value beyond the header is still data).
 */
import type { Cell, Table } from '../table';
import type { Settings } from '../settings';

export function padTable(table: Table): Table {
  const header = Array.isArray(table?.header) ? table.header : [];
  const rows = Array.isArray(table?.rows) ? table.rows : [];
  let width = header.length;
  let ragged = header.some((h) => typeof h !== 'string');
  for (const row of rows) {
    if (!Array.isArray(row)) {
      ragged = true;
      continue;
    }
    if (row.length !== header.length) ragged = true;
    if (row.length > width) width = row.length;
  }
  if (!ragged) return { header, rows };
  const padRow = (row: Cell[]): Cell[] => {
    if (!Array.isArray(row)) return new Array<Cell>(width).fill('');
    if (row.length === width) return row;
    const out = row.slice();
    while (out.length < width) out.push('');
    return out;
  };
  const paddedHeader = header.map((h) => (h === null || h === undefined ? '' : String(h)));
  while (paddedHeader.length < width) paddedHeader.push('');
  return { header: paddedHeader, rows: rows.map(padRow) };
}

/** Settings whose user-chosen roles fit the (padded) width; extra columns have no role. */
export function fitSettings(settings: Settings, width: number): Settings {
  const roles = settings.roles;
  if (!roles || roles.length === width) return settings;
  if (roles.length > width) return { ...settings, roles: roles.slice(0, width) };
  const padded = roles.slice();
  while (padded.length < width) padded.push(null);
  return { ...settings, roles: padded };
}
