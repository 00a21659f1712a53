/**
 * The rows as "Clean this sheet" would write them: every mapped column normalized, then status,
 * source, country and title values put into their list's canonical spelling. The plan applies
 * these edits; the audit counts them (a cell the clean would rewrite is not yet consistent), and
 * finds duplicates on these rows exactly as the plan does, so both give the same score and the
 * same duplicate groups.
 */
import type { Cell, ColumnRole, ColumnRoles, Table } from '../table';
import type { Settings } from '../settings';
import type { CellChange, CellFinding } from '../normalize/normalize-table';
import { normalizeTable } from '../normalize/normalize-table';
import { quoteCell } from '../table/cell-text';
import { placeholderSet } from '../normalize/placeholder';
import { effectiveValueMap, listForRole, listLookup, listTitle, type ListLookup, type ValueMap } from './value-map';
import { RunMemo } from '../normalize/run-memo';
import { remembered } from '../normalize/bounded-memo';

export interface CleanedRows {
  width: number;
  roles: ColumnRoles;
  /** The rows after the edits (same shape as the table's). */
  rows: Cell[][];
  /** One change per cell, keyed row * width + column. */
  edits: Map<number, CellChange>;
  /** What the normalizers flagged (invalid, role account, unknown country ...). */
  cellFindings: CellFinding[];
  /** Cells (row * width + column) a user's list recognised: their "unknown value" flag no longer holds. */
  listFixed: Set<number>;
}

/** The value maps a column is checked against: the one in effect, and the user's own lists. */
export interface ListMaps {
  valueMap: ValueMap;
  userValueMap: ValueMap;
}

export function listMaps(settings: Settings): ListMaps {
  return { valueMap: effectiveValueMap(settings.valueMap), userValueMap: settings.valueMap ?? {} };
}

/**
 * The list a column is checked against, or null. Status and source always have one (the defaults
 * until the user edits CRM Lists); country and title only when the user wrote one, because the
 * normalizers already write those in one canonical form.
 */
export function listOf(maps: ListMaps, role: ColumnRole | string | null): { name: string; map: ValueMap } | null {
  const name = listForRole(role as ColumnRole);
  if (!name) return null;
  const map = name === 'status' || name === 'source' ? maps.valueMap : maps.userValueMap;
  const list = map[name];
  return list && Object.keys(list).length > 0 ? { name, map } : null;
}

/**
 * The compiled lookup of a column's list. A list and its placeholders come from the settings, so
 * with a run's memo it is compiled once per run, not again for every batch of a large file.
 */
export function compiledList(list: { name: string; map: ValueMap }, settings: Settings, memo?: RunMemo): ListLookup | null {
  const compile = () => listLookup(list.map, list.name, placeholderSet(settings.placeholders));
  return memo ? remembered(memo.of<ListLookup | null>(settings, 'compiled-list'), list.name, compile) : compile();
}

/**
 * Normalize a padded table and put list columns into their canonical spelling. Pure. `memo`
 * keeps answers across calls with the same settings (the batches of one large file).
 */
export function cleanedRows(table: Table, settings: Settings, isProtected: (r: number, c: number) => boolean, now?: Date, memo = new RunMemo()): CleanedRows {
  const width = table.header.length;
  const norm = normalizeTable(table, settings, { isProtected, now, memo });
  const edits = new Map<number, CellChange>();
  for (const ch of norm.changes) edits.set(ch.row * width + ch.column, ch);
  const out: CleanedRows = { width, roles: norm.roles, rows: norm.rows, edits, cellFindings: norm.findings, listFixed: new Set() };
  canonicalizeLists(table, settings, isProtected, out, memo);
  return out;
}

/**
 * The value as read is tried first, then the normalized one, so an alias of the raw text
 * ("U.S.A.") and of the normalizer's output ("United States") both land on the user's value.
 */
function canonicalizeLists(table: Table, settings: Settings, isProtected: (r: number, c: number) => boolean, out: CleanedRows, memo: RunMemo): void {
  const { rows, roles, edits, width } = out;
  const maps = listMaps(settings);
  roles.forEach((role, c) => {
    const list = listOf(maps, role);
    if (!list) return;
    const lookup = compiledList(list, settings, memo);
    if (!lookup) return;
    const title = listTitle(list.name);
    // Statuses and sources are a handful of spellings: each is looked up once.
    const known = memo.of<string | null>(settings, `list|${list.name}`);
    const canonicalOf = (v: Cell): string | null => (typeof v === 'string' ? remembered(known, v, () => lookup(v)) : lookup(v));
    // One sentence per spelling, not one per row (a large file repeats a few spellings).
    const whys = new Map<Cell, { canonical: string; why: string }>();
    const whyOf = (original: Cell, canonical: string): string => {
      let said = whys.get(original);
      if (said?.canonical !== canonical) whys.set(original, (said = { canonical, why: `${quoteCell(original)} is "${canonical}" in the ${title} list` }));
      return said.why;
    };
    rows.forEach((row, r) => {
      const current = row[c];
      if (typeof current !== 'string' || current === '' || isProtected(r, c)) return;
      const original = table.rows[r]?.[c];
      const canonical = canonicalOf(original) ?? canonicalOf(current);
      if (canonical === null || canonical === current) return;
      if (canonical === original) {
        // The list undoes the normalizer (the user's canonical "USA"): the cell stays as read.
        row[c] = original;
        edits.delete(r * width + c);
        return;
      }
      row[c] = canonical;
      out.listFixed.add(r * width + c);
      edits.set(r * width + c, { row: r, column: c, before: original, after: canonical, rule: 'list.canonical', why: whyOf(original, canonical) });
    });
  });
}
