/**
 * Loaders for the labelled reference sets in ../shared/data, each as a Table + column roles +
 * the set of true duplicate pairs (row indices "a|b", a < b).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Cell, ColumnRoles, Table } from '../../src/core/table';

export const DATA_DIR = process.env.CRM_DATA_DIR ?? join(import.meta.dirname, '../../../shared/data');

export interface LabelledSet {
  name: string;
  table: Table;
  roles: ColumnRoles;
  truth: Set<string>;
  /** Set name for the rows (linkage): pairs within one source are false by construction. */
  note?: string;
  /** A default region for phones without a country code. */
  defaultCountry?: string;
}

export const pairKey = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Febrl files: ", " separated, no quoting, CRLF in 4a, rec_id first (dropped from the table). */
function readFebrl(file: string): { ids: string[]; header: string[]; rows: string[][] } {
  const lines = readFileSync(join(DATA_DIR, 'febrl', file), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const head = (lines[0] ?? '').split(',').map((s) => s.trim());
  const ids: string[] = [];
  const rows: string[][] = [];
  for (const line of lines.slice(1)) {
    const f = line.split(',').map((s) => s.trim());
    ids.push(f[0] ?? '');
    rows.push(f.slice(1));
  }
  return { ids, header: head.slice(1), rows };
}

const FEBRL_ROLES: Record<string, ColumnRoles[number]> = {
  given_name: 'firstName',
  surname: 'lastName',
  street_number: 'streetNumber',
  address_1: 'address',
  address_2: 'address',
  suburb: 'city',
  postcode: 'postcode',
  state: 'state',
  date_of_birth: 'birthDate',
  soc_sec_id: 'nationalId',
};

function dropColumns(table: Table, roles: ColumnRoles, names: string[]): { table: Table; roles: ColumnRoles } {
  const keep = table.header.map((h, i) => (names.includes(h) ? -1 : i)).filter((i) => i >= 0);
  return {
    table: { header: keep.map((i) => table.header[i] ?? ''), rows: table.rows.map((r) => keep.map((i) => r[i] ?? '')) },
    roles: keep.map((i) => roles[i] ?? null),
  };
}

function goldPairs(file: string, toIndex: (id: string) => number | undefined): Set<string> {
  const lines = readFileSync(join(DATA_DIR, file), 'utf8').split(/\r?\n/).slice(1);
  const truth = new Set<string>();
  for (const l of lines) {
    if (l.trim() === '') continue;
    const [x, y] = l.split(',').map((s) => s.trim());
    const a = toIndex(x ?? '');
    const b = toIndex(y ?? '');
    if (a === undefined || b === undefined) throw new Error(`unknown id in ${file}: ${l}`);
    truth.add(pairKey(a, b));
  }
  return truth;
}

function febrlSet(n: 1 | 2 | 3): LabelledSet {
  const f = readFebrl(`dataset${n}.csv`);
  const index = new Map(f.ids.map((id, i) => [id, i]));
  return {
    name: `febrl${n}`,
    table: { header: f.header, rows: f.rows },
    roles: f.header.map((h) => FEBRL_ROLES[h] ?? null),
    truth: goldPairs(`febrl/dataset${n}_gold_pairs.csv`, (id) => index.get(id)),
  };
}

function febrl4(): LabelledSet {
  const a = readFebrl('dataset4a.csv');
  const b = readFebrl('dataset4b.csv');
  const ia = new Map(a.ids.map((id, i) => [id, i]));
  const ib = new Map(b.ids.map((id, i) => [id, a.ids.length + i]));
  const lines = readFileSync(join(DATA_DIR, 'febrl/dataset4_gold_pairs.csv'), 'utf8').split(/\r?\n/).slice(1);
  const truth = new Set<string>();
  for (const l of lines) {
    if (l.trim() === '') continue;
    const [x, y] = l.split(',').map((s) => s.trim());
    const p = ia.get(x ?? '');
    const q = ib.get(y ?? '');
    if (p === undefined || q === undefined) throw new Error(`unknown id in febrl4 gold: ${l}`);
    truth.add(pairKey(p, q));
  }
  return {
    name: 'febrl4 (4a+4b)',
    table: { header: a.header, rows: [...a.rows, ...b.rows] },
    roles: a.header.map((h) => FEBRL_ROLES[h] ?? null),
    truth,
    note: 'union of 4a and 4b deduplicated; every predicted pair counts, pairs inside 4a or inside 4b are false positives',
  };
}

function withoutIds(set: LabelledSet): LabelledSet {
  const d = dropColumns(set.table, set.roles, ['soc_sec_id', 'date_of_birth']);
  return { ...set, name: `${set.name} -ssid-dob`, table: d.table, roles: d.roles };
}

function orgSites(): LabelledSet {
  const rows = parse(readFileSync(join(DATA_DIR, 'org-sites/csv_example_input_with_true_ids.csv'), 'utf8'), { relax_column_count: true }) as string[][];
  const header = (rows[0] ?? []).slice(1);
  const data = rows.slice(1).map((r) => r.slice(1));
  const idCol = header.indexOf('Id');
  const index = new Map(data.map((r, i) => [r[idCol] ?? '', i]));
  const roleOf: Record<string, ColumnRoles[number]> = {
    Id: 'id', 'Site name': 'company', Address: 'address', Zip: 'postcode', Phone: 'phone', Website: 'website',
  };
  return {
    name: 'org-sites',
    table: { header, rows: data.map((r) => header.map((_, i) => r[i] ?? '')) },
    roles: header.map((h) => roleOf[h] ?? null),
    truth: goldPairs('org-sites/csv_example_gold_pairs.csv', (id) => index.get(id)),
    defaultCountry: 'US',
  };
}

function peopleEmails(): LabelledSet {
  const rows = parse(readFileSync(join(DATA_DIR, 'people-emails/fake_1000_canonical.csv'), 'utf8')) as string[][];
  const header = (rows[0] ?? []).slice(0, 6);
  const data = rows.slice(1);
  const index = new Map(data.map((r, i) => [r[0] ?? '', i]));
  const roleOf: Record<string, ColumnRoles[number]> = { unique_id: 'id', first_name: 'firstName', surname: 'lastName', dob: 'birthDate', city: 'city', email: 'email' };
  return {
    name: 'people-emails',
    table: { header, rows: data.map((r) => r.slice(0, 6) as Cell[]) },
    roles: header.map((h) => roleOf[h] ?? null),
    truth: goldPairs('people-emails/fake_1000_gold_pairs.csv', (id) => index.get(id)),
  };
}

function restaurants(): LabelledSet {
  const rows = parse(readFileSync(join(DATA_DIR, 'restaurants/restaurant-nophone-training.csv'), 'utf8'), { ltrim: true, relax_quotes: true }) as string[][];
  const header = (rows[0] ?? []).slice(0, 4);
  const data = rows.slice(1).map((r) => r.slice(0, 4) as Cell[]);
  const roleOf: Record<string, ColumnRoles[number]> = { name: 'company', address: 'address', city: 'city' };
  return {
    name: 'restaurants',
    table: { header, rows: data },
    roles: header.map((h) => roleOf[h] ?? null),
    truth: goldPairs('restaurants/restaurant-nophone-training_gold_pairs.csv', (id) => {
      const i = Number(id);
      return Number.isInteger(i) && i >= 0 && i < data.length ? i : undefined;
    }),
  };
}

export function loadAllSets(): LabelledSet[] {
  const f1 = febrlSet(1);
  const f2 = febrlSet(2);
  const f3 = febrlSet(3);
  const f4 = febrl4();
  return [f1, withoutIds(f1), f2, withoutIds(f2), f3, withoutIds(f3), f4, withoutIds(f4), orgSites(), peopleEmails(), restaurants()];
}
