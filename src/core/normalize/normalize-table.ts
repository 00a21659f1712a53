import type { Cell, ColumnRole, ColumnRoles, Table } from '../table';
import type { Flag, Normalized } from './types';
import type { Settings } from '../settings';
import { effectiveDefaultCountry, resolveRoles } from '../settings/effective';
import { normalizeText } from './text';
import { normalizePhone } from './phone';
import { normalizeEmail } from './email';
import { normalizeName } from './name';
import { normalizeCompany } from './company';
import { normalizeCountry, countryToIso2 } from './country';
import { normalizeTitle } from './title';

/** One changed cell (0-based row into Table.rows, 0-based column). */
export interface CellChange {
  row: number;
  column: number;
  before: Cell;
  after: Cell;
  rule: string;
  why: string;
}

/** Something a person should look at in one cell (invalid phone, role account, ...). */
export interface CellFinding {
  row: number;
  column: number;
  role: ColumnRole;
  flag: Flag;
  why: string;
}

export interface NormalizeTableResult {
  /** New rows (same shape as the input); untouched cells are the same values. */
  rows: Cell[][];
  changes: CellChange[];
  findings: CellFinding[];
  roles: ColumnRoles;
}

export interface NormalizeTableOptions {
  /** Cells that must not be written (formula cells in a sheet). */
  isProtected?: (row: number, column: number) => boolean;
  /** Roles to leave alone (e.g. the user turned a rule off). */
  skipRoles?: ColumnRole[];
}

type CellNormalizer = (value: Cell, row: Cell[]) => Normalized;

// Columns whose values are free text: only whitespace is cleaned.
const TEXT_ROLES: ColumnRole[] = ['city', 'address', 'status', 'source', 'owner', 'website', 'notes'];

// Which roles a table's columns have is one of the effective settings; callers of the normalizer
// have always found it here.
export { resolveRoles };

/**
 * Region for a row's phone numbers: the row's own country value first (a Czech customer's
 * "602 123 456" is Czech even in an Indonesian team's sheet), then the settings, then the locale.
 */
function phoneRegionResolver(roles: ColumnRoles, settings: Settings): (row: Cell[]) => string | undefined {
  const countryCol = roles.indexOf('country');
  const fallback = effectiveDefaultCountry(settings);
  const seen = new Map<string, string | null>();
  return (row) => {
    if (countryCol < 0) return fallback;
    const raw = row[countryCol];
    if (typeof raw !== 'string' || raw.trim() === '') return fallback;
    let iso = seen.get(raw);
    if (iso === undefined) {
      iso = countryToIso2(raw);
      seen.set(raw, iso);
    }
    return iso ?? fallback;
  };
}

/**
 * Values repeat a lot in a CRM (countries, titles, companies), so each column keeps a small
 * memo of string results. Bounded, because a 100,000-row column of unique emails gains nothing.
 */
function memoize(fn: (value: Cell) => Normalized, limit = 20000): (value: Cell) => Normalized {
  const memo = new Map<string, Normalized>();
  return (value) => {
    if (typeof value !== 'string') return fn(value);
    const hit = memo.get(value);
    if (hit) return hit;
    const result = fn(value);
    if (memo.size < limit) memo.set(value, result);
    return result;
  };
}

function normalizerFor(role: ColumnRole, roles: ColumnRoles, settings: Settings): CellNormalizer | null {
  const valueMap = settings.valueMap ?? {};
  switch (role) {
    case 'phone': {
      const regionOf = phoneRegionResolver(roles, settings);
      return (value, row) => normalizePhone(value, { defaultCountry: regionOf(row), format: settings.phoneFormat });
    }
    case 'email':
      return normalizeEmail;
    case 'name':
    case 'firstName':
    case 'lastName': {
      const fn = memoize(normalizeName);
      return (value) => fn(value);
    }
    case 'company': {
      const fn = memoize((v) => normalizeCompany(v, { style: settings.legalFormStyle }));
      return (value) => fn(value);
    }
    case 'country': {
      const fn = memoize((v) => normalizeCountry(v, { output: settings.countryOutput }));
      return (value) => fn(value);
    }
    case 'title': {
      const fn = memoize((v) => normalizeTitle(v, { extraAliases: valueMap['title'] }));
      return (value) => fn(value);
    }
    default:
      if (TEXT_ROLES.includes(role)) {
        const fn = memoize(normalizeText);
        return (value) => fn(value);
      }
      return null;
  }
}

/** Normalize every mapped column of a table. Pure: the input table is not modified. */
export function normalizeTable(table: Table, settings: Settings, opts: NormalizeTableOptions = {}): NormalizeTableResult {
  const roles = resolveRoles(table, settings);
  const columns: Array<{ column: number; role: ColumnRole; fn: CellNormalizer }> = [];
  roles.forEach((role, column) => {
    if (!role || opts.skipRoles?.includes(role)) return;
    const fn = normalizerFor(role, roles, settings);
    if (fn) columns.push({ column, role, fn });
  });

  const changes: CellChange[] = [];
  const findings: CellFinding[] = [];
  const rows = table.rows.map((source, r) => {
    const row = source.slice();
    for (const { column, role, fn } of columns) {
      const before = source[column];
      if (opts.isProtected?.(r, column)) continue;
      const result = fn(before, source);
      for (const flag of result.flags) findings.push({ row: r, column, role, flag, why: result.why });
      // '' vs undefined/null is not a change worth logging; a blank stays blank.
      if (result.changed && !(result.value === '' && (before === null || before === undefined))) {
        row[column] = result.value;
        // A normalizer that only trimmed a value it could not otherwise read reports rule 'none';
        // the log still needs a rule a person can read.
        const trimmed = result.rule === 'none';
        changes.push({
          row: r,
          column,
          before,
          after: result.value,
          rule: trimmed ? 'text.trim' : result.rule,
          why: trimmed ? 'removed spaces around the value' : result.why,
        });
      }
    }
    return row;
  });
  return { rows, changes, findings, roles };
}
