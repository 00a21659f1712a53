import type { Cell, ColumnRole, ColumnRoles, Table } from '../table';
import type { Flag, Normalized } from './types';
import type { Settings } from '../settings';
import { dateRegion } from '../settings';
import { effectiveDefaultCountry, resolveRoles } from '../settings/effective';
import { normalizeText } from './text';
import { normalizePhone, type PhoneOptions } from './phone';
import { normalizeEmail } from './email';
import { normalizeName } from './name';
import { normalizeCompany } from './company';
import { normalizeCountry, countryToIso2 } from './country';
import { normalizeTitle } from './title';
import { placeholderSet } from './placeholder';
import { columnDayOrder, normalizeDate, todayOf, type CalendarDate } from './date';
import { DATE_ROLES } from '../audit/kinds';
import { RunMemo } from './run-memo';

/** One changed cell (0-based row into Table.rows, 0-based column). */
export interface CellChange {
  row: number;
  column: number;
  before: Cell;
  after: Cell;
  rule: string;
  why: string;
  /** Set when `after` is a date (ISO text): the add-on writes a date cell, the CLI the text. */
  date?: CalendarDate;
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
  /** "Now", for dates far in the future (default: the current time). */
  now?: Date;
  /** Answers kept from earlier calls with the same settings (the batches of one large file). */
  memo?: RunMemo;
}

type CellNormalizer = (value: Cell, row: Cell[]) => Normalized & { date?: CalendarDate };

// Columns whose values are free text: only whitespace is cleaned.
const TEXT_ROLES: ColumnRole[] = ['city', 'address', 'status', 'source', 'owner', 'website', 'notes'];

// Which roles a table's columns have is one of the effective settings; callers of the normalizer
// have always found it here.
export { resolveRoles };

/** What every column normalizer needs besides its own cells. */
interface ColumnContext {
  table: Table;
  column: number;
  roles: ColumnRoles;
  settings: Settings;
  placeholders: ReadonlySet<string> | undefined;
  now: Date | undefined;
  memo: RunMemo;
}

/**
 * Region for a row's phone numbers: the row's own country value first (a Czech customer's
 * "602 123 456" is Czech even in an Indonesian team's sheet), then the settings, then the locale.
 * A placeholder country ("N/A") says nothing, so the sheet's region applies.
 */
function phoneRegionResolver(ctx: ColumnContext): (row: Cell[]) => string | undefined {
  const countryCol = ctx.roles.indexOf('country');
  const fallback = effectiveDefaultCountry(ctx.settings);
  const opts = { placeholders: ctx.placeholders, codeColumn: countryCol >= 0 && isCodeColumn(ctx.table, countryCol) };
  const seen = new Map<string, string | null>();
  return (row) => {
    if (countryCol < 0) return fallback;
    const raw = row[countryCol];
    if (typeof raw !== 'string' || raw.trim() === '') return fallback;
    let iso = seen.get(raw);
    if (iso === undefined) {
      iso = countryToIso2(raw, opts);
      seen.set(raw, iso);
    }
    return iso ?? fallback;
  };
}

/**
 * A country column written in ISO codes ("ID", "SE", "NO"): most of its values are two capital
 * letters. Only there is "NO" Norway and "NA" Namibia; anywhere else they are "no" and "n/a".
 */
function isCodeColumn(table: Table, column: number): boolean {
  let filled = 0;
  let codes = 0;
  for (let r = 0; r < table.rows.length && filled < 200; r++) {
    const v = table.rows[r]?.[column];
    if (typeof v !== 'string' || v.trim() === '') continue;
    filled++;
    if (/^[A-Z]{2}$/.test(v.trim())) codes++;
  }
  return filled > 0 && codes * 2 > filled;
}

/**
 * Values repeat a lot in a CRM (countries, titles, companies, dates), so string results are
 * remembered per kind of answer (run-memo.ts): `kind` names what the answer depends on besides
 * the cell and the settings. Bounded, because a column of unique values gains nothing.
 */
function memoized<R extends Normalized>(ctx: ColumnContext, kind: string, fn: (value: Cell) => R): (value: Cell) => R {
  const memo = ctx.memo.of<R>(ctx.settings, kind);
  return (value) => {
    if (typeof value !== 'string') return fn(value);
    let hit = memo.get(value);
    if (hit === undefined) {
      hit = fn(value);
      memo.set(value, hit);
    }
    return hit;
  };
}

/** A date column: its day/month order is read from all its values (and the locale) first. */
function dateNormalizer(ctx: ColumnContext): CellNormalizer {
  const order = columnDayOrder(
    ctx.table.rows.map((row) => row[ctx.column]),
    dateRegion(ctx.settings),
  );
  const today = todayOf(ctx.now ?? new Date());
  const opts = { order, today, placeholders: ctx.placeholders };
  return memoized(ctx, `date|${order}|${today.year}-${today.month}-${today.day}`, (value) => normalizeDate(value, opts));
}

function normalizerFor(role: ColumnRole, ctx: ColumnContext): CellNormalizer | null {
  const { settings, placeholders } = ctx;
  const valueMap = settings.valueMap ?? {};
  if (DATE_ROLES.includes(role)) return dateNormalizer(ctx);
  switch (role) {
    case 'phone': {
      const regionOf = phoneRegionResolver(ctx);
      // One options object per region, not one per cell: the column is read row by row.
      const byRegion = new Map<string | undefined, PhoneOptions>();
      return (value, row) => {
        const region = regionOf(row);
        let opts = byRegion.get(region);
        if (!opts) byRegion.set(region, (opts = { defaultCountry: region, format: settings.phoneFormat, placeholders }));
        return normalizePhone(value, opts);
      };
    }
    case 'email': {
      const opts = { placeholders };
      return (value) => normalizeEmail(value, opts);
    }
    case 'name':
    case 'firstName':
    case 'lastName':
      return memoized(ctx, 'name', (v) => normalizeName(v, { placeholders }));
    case 'company':
      return memoized(ctx, 'company', (v) => normalizeCompany(v, { style: settings.legalFormStyle, placeholders }));
    case 'country': {
      const codeColumn = isCodeColumn(ctx.table, ctx.column);
      return memoized(ctx, `country|${codeColumn}`, (v) => normalizeCountry(v, { output: settings.countryOutput, placeholders, codeColumn }));
    }
    case 'title': {
      const aliases = Object.prototype.hasOwnProperty.call(valueMap, 'title') ? valueMap.title : undefined;
      return memoized(ctx, 'title', (v) => normalizeTitle(v, { extraAliases: aliases, placeholders }));
    }
    default:
      return TEXT_ROLES.includes(role) ? memoized(ctx, 'text', (v) => normalizeText(v, { placeholders })) : null;
  }
}

/** Normalize every mapped column of a table. Pure: the input table is not modified. */
export function normalizeTable(table: Table, settings: Settings, opts: NormalizeTableOptions = {}): NormalizeTableResult {
  const roles = resolveRoles(table, settings);
  const placeholders = placeholderSet(settings.placeholders);
  const memo = opts.memo ?? new RunMemo();
  const columns: Array<{ column: number; role: ColumnRole; fn: CellNormalizer }> = [];
  roles.forEach((role, column) => {
    if (!role || opts.skipRoles?.includes(role)) return;
    const fn = normalizerFor(role, { table, column, roles, settings, placeholders, now: opts.now, memo });
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
        const change: CellChange = {
          row: r,
          column,
          before,
          after: result.value,
          rule: trimmed ? 'text.trim' : result.rule,
          why: trimmed ? 'removed spaces around the value' : result.why,
        };
        if (result.date) change.date = result.date;
        changes.push(change);
      }
    }
    return row;
  });
  return { rows, changes, findings, roles };
}
