/**
 * The values one column of a large file repeats (countries, statuses, owners, job titles, dates),
 * each kept once. A stored row refers to such a value by a number, and every row that holds it
 * reads back the very same string. That is what makes it worth keeping: the run's memos look each
 * cell up several times (normalizing, list values, staleness, writing), and a string met before
 * is found by identity, its hash already known, where a fresh copy of it per row was hashed and
 * compared character by character every time, the costliest lookup of a million-row clean.
 *
 * A column whose values hardly repeat (emails, phones, notes typed by hand) is judged after a
 * trial and then left as text, so its cells cost no lookup at all.
 */

/** At most this many values per column: a few hundred kilobytes at most, whatever the file. */
const MAX_VALUES = 4096;
/** Filled cells looked up before a column is judged. */
const TRIAL = 2000;
/** Share of the trial's cells that must be a value seen before for the column to stay coded. */
const MIN_REPEATS = 0.5;

export class ColumnDictionary {
  /** The values by number; kept for the life of the store, as stored rows refer to them. */
  readonly values: string[] = [];
  private codes: Map<string, number> | null = new Map();
  private looked = 0;
  private repeats = 0;

  /** The value's number, or -1 when the value is kept as text. */
  codeOf(value: string): number {
    const codes = this.codes;
    if (codes === null) return -1;
    let code = codes.get(value);
    if (code !== undefined) this.repeats++;
    else if (this.values.length < MAX_VALUES) {
      code = this.values.length;
      this.values.push(value);
      codes.set(value, code);
    }
    if (++this.looked === TRIAL && this.repeats < MIN_REPEATS * TRIAL) this.codes = null;
    return code ?? -1;
  }

  /** Whether new values are still being numbered (false once the column was judged unique). */
  get coding(): boolean {
    return this.codes !== null;
  }
}
