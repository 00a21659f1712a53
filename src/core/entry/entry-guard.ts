/**
 * Clean at entry, the pure half: normalize a block of rows as it was typed or pasted, and find
 * rows that duplicate an existing row through a compact key index.
 *
 * The index maps hashed matching keys (email key, E.164 phone, name + company key) to the first
 * sheet row holding them. Each key is an 8-character hash (48 bits: two FNV-1a variants, base64
 * alphabet) plus the row in base 36, so one entry is ~13 bytes: 20,000 rows with three keys each
 * is ~780 KB, split into shards that each stay under the 100 KB CacheService value limit. An edit
 * reads only the shards its keys fall in (one getAll call), whatever the size of the sheet.
 */
import type { Cell, ColumnRoles, Table } from '../table';
import type { Settings } from '../settings';
import { normalizeTable, type CellChange } from '../normalize/normalize-table';
import { emailKeyOf, emailPieces, phoneKeyOf, phonePieces, nameTokensOf, companyKeyOf } from '../dedupe/keys';
import { fnv1a } from '../dedupe/hash';

// Bound once: in Apps Script's V8 (and a node:vm context) each global lookup inside a hot loop
// costs a trip through the global object; a module constant does not.
const imul = Math.imul;

export const INDEX_VERSION = 1;
/** Bytes one shard may hold (CacheService allows 100 KB per value; keep a margin). */
export const SHARD_BUDGET_BYTES = 80 * 1024;
export const ENTRY_BYTES = 13;
export const DUPLICATE_NOTE_PREFIX = 'CRM Hygiene: possible duplicate of row';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Dedupe's FNV-1a with a final avalanche, so short keys spread over the shards evenly. */
function spreadHash(text: string, seed: number): number {
  let h = fnv1a(text, seed);
  h ^= h >>> 15;
  h = imul(h, 0x2c1b3c6d) >>> 0;
  h ^= h >>> 12;
  return h >>> 0;
}

/** 48-bit hash of a key as 8 characters; collisions are checked against the sheet before use. */
export function hashKey(key: string): string {
  const a = spreadHash(key, 0x811c9dc5) >>> 8; // 24 bits
  const b = spreadHash(key, 0x01234567) >>> 8;
  let out = '';
  for (const v of [a, b]) {
    out += B64.charAt((v >>> 18) & 63) + B64.charAt((v >>> 12) & 63) + B64.charAt((v >>> 6) & 63) + B64.charAt(v & 63);
  }
  return out;
}

export function shardOf(hash: string, shards: number): number {
  // The first two characters are 12 uniform bits.
  return ((B64.indexOf(hash.charAt(0)) << 6) | B64.indexOf(hash.charAt(1))) % shards;
}

/** Shard count for n entries: a power of two so each shard stays within the budget. */
export function shardCountFor(entries: number): number {
  let shards = 1;
  while ((entries * ENTRY_BYTES) / shards > SHARD_BUDGET_BYTES * 0.75) shards *= 2;
  return shards;
}

export interface RowKey {
  hash: string;
  /** What matched, for the note: "same email a@b.com". */
  label: string;
}

/** Matching keys of one row: email key, E.164 phone, and name + company together. */
export function rowKeys(row: readonly Cell[], roles: ColumnRoles, defaultCountry?: string): RowKey[] {
  const keys: RowKey[] = [];
  const seen = new Set<string>();
  const add = (key: string, label: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    keys.push({ hash: hashKey(key), label });
  };
  const name: string[] = [];
  let company = '';
  roles.forEach((role, i) => {
    const cell = row[i];
    if (cell === null || cell === undefined || cell === '') return;
    switch (role) {
      case 'email':
        for (const piece of emailPieces(cell)) {
          const k = emailKeyOf(piece);
          // A shared info@ says "same organisation", not "same person".
          if (k && !k.role) add(`e:${k.key}`, `same email ${piece.trim().toLowerCase()}`);
        }
        break;
      case 'phone': {
        for (const piece of phonePieces(cell)) {
          const k = phoneKeyOf(piece, defaultCountry);
          if (k?.e164) add(`p:${k.key}`, `same phone ${k.key}`);
        }
        break;
      }
      case 'name':
      case 'firstName':
      case 'lastName':
        name.push(...nameTokensOf(cell));
        break;
      case 'company':
        if (!company) company = companyKeyOf(cell).key;
        break;
      default:
        break;
    }
  });
  if (name.length > 0 && company) {
    add(`n:${name.slice().sort().join(' ')}|${company}`, 'same name and company');
  }
  return keys;
}

/** The key index: hash -> 1-based sheet row. */
export class KeyIndex {
  readonly map = new Map<string, number>();
  constructor(public shards = 1) {}

  get size(): number {
    return this.map.size;
  }
  get(hash: string): number | undefined {
    return this.map.get(hash);
  }
  /** Adds when absent (the first row with a key is the one others duplicate); true if added. */
  add(hash: string, row: number): boolean {
    if (this.map.has(hash)) return false;
    this.map.set(hash, row);
    return true;
  }
  set(hash: string, row: number): void {
    this.map.set(hash, row);
  }

  /** Serialized shards: "hhhhhhhhrow;" entries (row in base 36). */
  serialize(): string[] {
    const parts: string[][] = Array.from({ length: this.shards }, () => []);
    for (const [hash, row] of this.map) parts[shardOf(hash, this.shards)]?.push(hash + row.toString(36));
    return parts.map((p) => p.join(';'));
  }

  /** One shard's text merged into this index. */
  load(text: string): void {
    if (!text) return;
    for (const entry of text.split(';')) {
      if (entry.length < 9) continue;
      const row = parseInt(entry.slice(8), 36);
      if (Number.isFinite(row)) this.map.set(entry.slice(0, 8), row);
    }
  }

  /** Entries of one shard only (to write back just the shards an edit touched). */
  shardText(shard: number): string {
    const out: string[] = [];
    for (const [hash, row] of this.map) if (shardOf(hash, this.shards) === shard) out.push(hash + row.toString(36));
    return out.join(';');
  }
}

/**
 * Build the index from every data row. `firstRow` is the sheet row of rows[0].
 * The shard count leaves room for the sheet to grow by half before a rebuild re-shards it.
 */
export function buildIndex(rows: readonly Cell[][], roles: ColumnRoles, firstRow: number, defaultCountry?: string): KeyIndex {
  const keysPerRow: RowKey[][] = rows.map((row) => rowKeys(row, roles, defaultCountry));
  let total = 0;
  for (const k of keysPerRow) total += k.length;
  const index = new KeyIndex(shardCountFor(Math.ceil(total * 1.5) + 64));
  keysPerRow.forEach((keys, i) => {
    for (const k of keys) index.add(k.hash, firstRow + i);
  });
  return index;
}

/** Signature of the header and roles: an index built for other columns must not be trusted. */
export function headerSignature(header: readonly Cell[], roles: ColumnRoles): string {
  return hashKey(JSON.stringify([header.map((h) => String(h ?? '')), roles]));
}

export interface IndexMeta {
  v: number;
  shards: number;
  sig: string;
  entries: number;
}

export function parseMeta(raw: string | null | undefined): IndexMeta | null {
  if (!raw) return null;
  try {
    const m = JSON.parse(raw) as Partial<IndexMeta>;
    if (m.v !== INDEX_VERSION || typeof m.shards !== 'number' || m.shards < 1 || typeof m.sig !== 'string') return null;
    return { v: m.v, shards: m.shards, sig: m.sig, entries: typeof m.entries === 'number' ? m.entries : 0 };
  } catch {
    return null;
  }
}

/** Adds or replaces this tool's duplicate line in a cell note, keeping the user's own text. */
export function withDuplicateNote(existing: Cell, line: string | null): string {
  const kept = String(existing ?? '')
    .split('\n')
    .filter((l) => !l.startsWith(DUPLICATE_NOTE_PREFIX));
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  if (line) kept.push(line);
  return kept.join('\n');
}

export interface GuardBlockInput {
  header: string[];
  roles: ColumnRoles;
  settings: Settings;
  /** Full-width rows of the edited block (every column of the sheet's data width). */
  rows: Cell[][];
  /** Sheet row of rows[0]. */
  firstRow: number;
  /** 0-based columns the user edited (only these are normalized). */
  columns: { from: number; to: number };
  /** Formula cells (same shape as rows): never rewritten. */
  isFormula?: (r: number, c: number) => boolean;
  defaultCountry?: string;
}

export interface DuplicateMark {
  /** 0-based index into the block. */
  row: number;
  /** Sheet row of the existing row it duplicates. */
  of: number;
  label: string;
  hash: string;
}

export interface GuardBlockResult {
  /** The rows after normalization (same shape as input). */
  rows: Cell[][];
  changes: CellChange[];
  /** Keys of each block row after normalization. */
  keys: RowKey[][];
}

/** Normalize the edited cells of a block. Pure. */
export function normalizeBlock(input: GuardBlockInput): GuardBlockResult {
  const table: Table = { header: input.header, rows: input.rows };
  const settings: Settings = { ...input.settings, roles: input.roles };
  const { from, to } = input.columns;
  const norm = normalizeTable(table, settings, {
    isProtected: (r, c) => c < from || c > to || (input.isFormula?.(r, c) ?? false),
  });
  const keys = norm.rows.map((row) => rowKeys(row, input.roles, input.defaultCountry));
  return { rows: norm.rows, changes: norm.changes, keys };
}

/**
 * Duplicates among the block rows: a key already in the index at another row (candidates: the
 * shell checks them against the sheet before marking), or shared with an earlier row of the same
 * block. New keys are added to the index as it goes.
 */
export function findBlockDuplicates(keys: readonly RowKey[][], firstRow: number, index: KeyIndex): DuplicateMark[] {
  const marks: DuplicateMark[] = [];
  keys.forEach((rowKeysList, r) => {
    const sheetRow = firstRow + r;
    let mark: DuplicateMark | null = null;
    for (const k of rowKeysList) {
      const at = index.get(k.hash);
      if (at !== undefined && at !== sheetRow && !mark) mark = { row: r, of: at, label: k.label, hash: k.hash };
    }
    if (mark) marks.push(mark);
    for (const k of rowKeysList) index.add(k.hash, sheetRow);
  });
  return marks;
}

export function duplicateNote(mark: DuplicateMark): string {
  return `${DUPLICATE_NOTE_PREFIX} ${mark.of} (${mark.label}).`;
}
