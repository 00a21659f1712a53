/**
 * "Flag as outdated": a rep who spots stale data (the contact changed jobs, the number is
 * dead) marks the row in one click. The mark is a cell note on the row, written in plain words
 * so a person reading the sheet understands it without the add-on:
 *
 *   Flagged outdated by ana@example.com on 2026-11-22: moved to another company
 *
 * These helpers build and read that note; the shell decides which cell carries it (the first
 * cell of the row) and the audit turns marks into 'outdated' findings.
 */
import type { Cell } from '../table';
import { isDate } from '../normalize/cell';
import { oneLine } from '../normalize/text';

export const OUTDATED_PREFIX = 'Flagged outdated by ';

/** One "Flag as outdated" mark on a row (0-based index into Table.rows). */
export interface OutdatedMark {
  row: number;
  /** Who flagged it (email or name; '' when unknown). */
  by: string;
  /** When, as yyyy-mm-dd ('' when unknown). */
  at: string;
  /** Why, as the person wrote it ('' when they gave no reason). */
  why: string;
}

// Note text is user-visible and may travel through cells: every part is kept on one line and bounded.
/** yyyy-mm-dd of a Date (a wall clock of the spreadsheet's zone, read by its UTC fields: table/zoned.ts) or of a date text. */
export function isoDay(at: Date | string): string {
  if (isDate(at)) {
    const t = at.getTime();
    return Number.isNaN(t) ? '' : new Date(t).toISOString().slice(0, 10);
  }
  return oneLine(String(at), 40);
}

/** The note text: "Flagged outdated by X on DATE: why" (": why" left out when there is no reason). */
export function outdatedNote(by: string, at: Date | string, why = ''): string {
  const who = oneLine(by, 200) || 'someone';
  const reason = oneLine(why, 500);
  return `${OUTDATED_PREFIX}${who} on ${isoDay(at)}${reason ? `: ${reason}` : ''}`;
}

const NOTE_LINE = /^Flagged outdated by (.*?) on (\S*)(?:: (.*))?$/;

/** Read a mark out of a note (which may hold other lines the user wrote); null when there is none. */
export function parseOutdatedNote(note: Cell): Omit<OutdatedMark, 'row'> | null {
  if (typeof note !== 'string' || !note.includes(OUTDATED_PREFIX.trim())) return null;
  for (const line of note.split(/\r?\n/)) {
    const m = NOTE_LINE.exec(line.trim());
    if (m) return { by: m[1] ?? '', at: m[2] ?? '', why: m[3] ?? '' };
  }
  return null;
}

/**
 * Put the mark into an existing note: a previous outdated line is replaced (one mark per row,
 * the latest), every other line the user wrote is kept.
 */
export function withOutdatedNote(existing: Cell, mark: string): string {
  const lines = typeof existing === 'string' && existing.trim() !== '' ? existing.split(/\r?\n/) : [];
  const kept = lines.filter((line) => !line.trim().startsWith(OUTDATED_PREFIX));
  return [...kept, mark].join('\n');
}

/** Remove the mark from a note ("not outdated any more"), keeping the user's own lines. */
export function withoutOutdatedNote(existing: Cell): string {
  if (typeof existing !== 'string') return '';
  return existing
    .split(/\r?\n/)
    .filter((line) => !line.trim().startsWith(OUTDATED_PREFIX))
    .join('\n');
}

/**
 * Marks from the notes of the data rows (getNotes() of the data range: one array per row, any
 * cell of a row may carry the mark). notes[i] is Table.rows[i].
 */
export function outdatedMarksFromNotes(notes: Cell[][]): OutdatedMark[] {
  const out: OutdatedMark[] = [];
  notes.forEach((row, i) => {
    if (!Array.isArray(row)) return;
    for (const note of row) {
      const mark = parseOutdatedNote(note);
      if (mark) {
        out.push({ row: i, ...mark });
        break;
      }
    }
  });
  return out;
}
