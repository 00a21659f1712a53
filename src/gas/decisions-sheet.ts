// "Not a duplicate" decisions, in the hidden sheet "CRM Decisions": one row per pair of row
// fingerprints, with when and by whom. They grow with use, and a document property holds at most
// 9 KB (a few hundred pairs): kept inside the settings they made every settings write fail after a
// while, and with it clean, audit and clean at entry. Decisions saved there by earlier versions move
// here the first time they are read.
import type { Cell } from '../core/table';
import { DECISIONS_SHEET } from './sheet-names';
import { appendBlock, ensureSheet } from './addon-sheets';
import { readStoredSettings, writeStoredSettings, type StoredSettings } from './settings-store';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Decision = [string, string];

export const DECISIONS_HEADER = ['Row A', 'Row B', 'Decided at', 'By'];

const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

function readSheet(ss: Spreadsheet): Decision[] {
  const sheet = ss.getSheetByName(DECISIONS_SHEET);
  const last = sheet?.getLastRow() ?? 0;
  if (!sheet || last < 2) return [];
  return (sheet.getRange(2, 1, last - 1, 2).getValues() as Cell[][])
    .map((r): Decision => [String(r[0] ?? ''), String(r[1] ?? '')])
    .filter(([a, b]) => a !== '' && b !== '');
}

/** Appends the pairs not recorded yet; fingerprints are written as plain text. */
function append(ss: Spreadsheet, known: Decision[], pairs: Decision[], by: string): Decision[] {
  const seen = new Set(known.map(([a, b]) => key(a, b)));
  const fresh: Decision[] = [];
  for (const [a, b] of pairs) {
    const k = key(a, b);
    if (a === b || seen.has(k)) continue;
    seen.add(k);
    fresh.push([a, b]);
  }
  if (fresh.length > 0) {
    const sheet = ensureSheet(ss, DECISIONS_SHEET, DECISIONS_HEADER, true);
    const at = new Date();
    appendBlock(sheet, fresh.map(([a, b]) => [a, b, at, by]), [0, 1, 3]);
  }
  return [...known, ...fresh];
}

/**
 * Every decision of the document (one read), after moving any still in the settings property.
 * `stored`: the settings as the caller just read them.
 */
export function readDecisions(ss: Spreadsheet, storedNow?: StoredSettings | null): Decision[] {
  const known = readSheet(ss);
  const stored = storedNow === undefined ? readStoredSettings() : storedNow;
  const old = stored?.notDuplicates;
  if (!stored || !old || old.length === 0) return known;
  // The sheet first, then the property: a failure in between leaves them in both, never in neither.
  const all = append(ss, known, old, 'moved from the settings');
  const { notDuplicates: _moved, ...rest } = stored;
  writeStoredSettings(rest);
  return all;
}

/** Remembers that these pairs of rows are not one customer. */
export function addDecisions(ss: Spreadsheet, pairs: Decision[], by: string): void {
  append(ss, readDecisions(ss), pairs, by);
}
