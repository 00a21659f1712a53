/**
 * Audit highlights that never touch the user's own formatting. The audit colours a flagged row's
 * cells only where the background is the default, and remembers exactly which cells it coloured
 * and with which colour. The next audit first resets those cells, but only the ones whose
 * background still equals the colour it set (a cell the user recoloured since is theirs now),
 * then colours the current findings. "Why" lines go into notes under a prefix, next to the user's
 * own note text, which is kept. Pure: grids in, grids out.
 */
import type { FindingKind, RowFinding } from './findings';

export const DEFAULT_BACKGROUND = '#ffffff';
export const AUDIT_NOTE_PREFIX = 'CRM Hygiene: ';

/** One colour per group of kinds (the clean uses the same palette); first group wins. */
export const AUDIT_COLORS: ReadonlyArray<readonly [readonly FindingKind[], string]> = [
  [['invalid-phone', 'invalid-email', 'disposable-email', 'invalid-date', 'future-date'], '#f4cccc'],
  [['incomplete'], '#fff2cc'],
  [['stale', 'outdated'], '#d9d9d9'],
  [['suspected-duplicate'], '#cfe2f3'],
  [['role-account', 'non-canonical', 'several-phones', 'ambiguous-date'], '#fce5cd'],
];

export function auditColorFor(kinds: ReadonlySet<FindingKind>): string | null {
  for (const [group, color] of AUDIT_COLORS) if (group.some((k) => kinds.has(k))) return color;
  return null;
}

/** Cells the audit coloured: colour -> row (0-based data row) -> columns (0-based). */
export interface AuditMarks {
  /** Sheet the marks belong to. */
  sheetId: number;
  /** Sheet row of data row 0 when the marks were made. */
  firstRow: number;
  marks: Array<{ color: string; row: number; columns: number[] }>;
}

/**
 * Compact text: "color>row:cols;row:cols|color>..." with rows delta-encoded in base 36 and
 * columns as "*" (every column of the width) or a base-36 list. ~3 bytes per flagged row.
 */
export function encodeMarks(m: AuditMarks, width: number): string {
  const byColor = new Map<string, Array<{ row: number; columns: number[] }>>();
  for (const x of m.marks) {
    const list = byColor.get(x.color) ?? [];
    list.push({ row: x.row, columns: x.columns });
    byColor.set(x.color, list);
  }
  const parts: string[] = [];
  for (const [color, list] of byColor) {
    list.sort((a, b) => a.row - b.row);
    let prev = 0;
    const rows = list.map((x) => {
      const full = x.columns.length === width && x.columns.every((c, i) => c === i);
      const text = `${(x.row - prev).toString(36)}${full ? '' : ':' + x.columns.map((c) => c.toString(36)).join('.')}`;
      prev = x.row;
      return text;
    });
    parts.push(`${color.slice(1)}>${rows.join(';')}`);
  }
  return `1|${m.sheetId}|${m.firstRow}|${width}|${parts.join('/')}`;
}

export function decodeMarks(text: string | null | undefined): (AuditMarks & { width: number }) | null {
  if (!text) return null;
  const [v, sheetId, firstRow, width, body = ''] = text.split('|');
  if (v !== '1' || sheetId === undefined || firstRow === undefined || width === undefined) return null;
  const w = Number(width);
  const out: AuditMarks & { width: number } = { sheetId: Number(sheetId), firstRow: Number(firstRow), width: w, marks: [] };
  if (!Number.isFinite(out.sheetId) || !Number.isFinite(out.firstRow) || !Number.isFinite(w)) return null;
  const all = Array.from({ length: w }, (_, i) => i);
  for (const part of body ? body.split('/') : []) {
    const [hex, rows = ''] = part.split('>');
    if (!hex) continue;
    let row = 0;
    for (const item of rows ? rows.split(';') : []) {
      const [delta = '0', cols] = item.split(':');
      row += parseInt(delta, 36);
      out.marks.push({ color: `#${hex}`, row, columns: cols === undefined ? all : cols.split('.').map((c) => parseInt(c, 36)) });
    }
  }
  return out;
}

export interface RefreshInput {
  /** Current backgrounds of the data rows (getBackgrounds; '#ffffff' = default). */
  backgrounds: string[][];
  /** Current notes of the data rows. */
  notes: string[][];
  findings: readonly RowFinding[];
  /** Marks of the previous audit on this sheet (null when none). */
  previous: AuditMarks | null;
  sheetId: number;
  firstRow: number;
}

export interface RefreshResult {
  /** New backgrounds, null where the cell has no fill (setBackgrounds resets null to none). */
  backgrounds: (string | null)[][];
  notes: string[][];
  /** 0-based data rows whose backgrounds / notes differ (write only that span). */
  bgRows: { from: number; to: number } | null;
  noteRows: { from: number; to: number } | null;
  marks: AuditMarks;
  cleared: number;
  coloured: number;
  highlightedRows: number;
}

function isDefault(bg: string | null | undefined): boolean {
  return bg === null || bg === undefined || bg === '' || bg.toLowerCase() === DEFAULT_BACKGROUND;
}

function widen(span: { from: number; to: number } | null, r: number): { from: number; to: number } {
  return span ? { from: Math.min(span.from, r), to: Math.max(span.to, r) } : { from: r, to: r };
}

export function refreshHighlights(input: RefreshInput): RefreshResult {
  const grid: (string | null)[][] = input.backgrounds.map((row) => row.map((bg) => (isDefault(bg) ? null : bg)));
  let bgRows: { from: number; to: number } | null = null;
  let cleared = 0;
  // 1. Take the previous audit's colour off the cells that still carry exactly that colour.
  const prev = input.previous && input.previous.sheetId === input.sheetId ? input.previous : null;
  if (prev) {
    const shift = prev.firstRow - input.firstRow;
    for (const m of prev.marks) {
      const r = m.row + shift;
      const line = grid[r];
      if (!line) continue;
      for (const c of m.columns) {
        if (c < line.length && (line[c] ?? '').toLowerCase() === m.color.toLowerCase()) {
          line[c] = null;
          cleared++;
          bgRows = widen(bgRows, r);
        }
      }
    }
  }
  // 2. Colour the current findings on default cells only, and remember them.
  const kindsByRow = new Map<number, Set<FindingKind>>();
  const linesByCell = new Map<string, string[]>();
  for (const f of input.findings) {
    if (f.row < 0 || f.row >= grid.length) continue;
    const kinds = kindsByRow.get(f.row) ?? new Set<FindingKind>();
    kinds.add(f.kind);
    kindsByRow.set(f.row, kinds);
    const key = `${f.row}|${f.column ?? 0}`;
    const list = linesByCell.get(key) ?? [];
    const line = AUDIT_NOTE_PREFIX + f.why.replace(/\s+/g, ' ');
    if (!list.includes(line)) list.push(line);
    linesByCell.set(key, list);
  }
  const marks: AuditMarks = { sheetId: input.sheetId, firstRow: input.firstRow, marks: [] };
  let coloured = 0;
  for (const [r, kinds] of kindsByRow) {
    const color = auditColorFor(kinds);
    const line = grid[r];
    if (!color || !line) continue;
    const columns: number[] = [];
    for (let c = 0; c < line.length; c++) {
      if (line[c] !== null) continue; // the user's own colour (or another tool's) stays
      line[c] = color;
      columns.push(c);
      coloured++;
    }
    if (columns.length > 0) {
      marks.marks.push({ color, row: r, columns });
      bgRows = widen(bgRows, r);
    }
  }
  // Rows whose final colours equal what was there need no write; the span stays conservative.
  // 3. Notes: drop our old lines, add the current ones, keep the user's text.
  let noteRows: { from: number; to: number } | null = null;
  const notes = input.notes.map((row, r) =>
    row.map((old, c) => {
      const text = old ?? '';
      const kept = text === '' ? [] : text.split('\n').filter((l) => !l.startsWith(AUDIT_NOTE_PREFIX));
      const next = [...kept, ...(linesByCell.get(`${r}|${c}`) ?? [])].join('\n');
      if (next !== text) noteRows = widen(noteRows, r);
      return next;
    }),
  );
  return { backgrounds: grid, notes, bgRows, noteRows, marks, cleared, coloured, highlightedRows: kindsByRow.size };
}
