/**
 * The values one column of a large file repeats (countries, statuses, owners, job titles, dates),
 * each kept once. A stored row refers to such a value by a number, and every row that holds it
 * reads back the very same string. That is what makes it worth keeping: the run's memos look each
 * cell up several times (normalizing, list values, staleness, writing), and a string met before
 * is found by identity, its hash already known, where a fresh copy of it per row was hashed and
 * compared character by character every time, the costliest lookup of a million-row clean.
 *
 * A column whose values hardly repeat (emails, phones, notes typed by hand) fills its numbers
 * with values seen once; from then on it is left as text, so its cells cost no lookup at all.
 */

/** At most this many values per column: a few hundred kilobytes at most, whatever the file. */
const MAX_VALUES = 4096;
/** Share of the cells looked up that must be a value seen before for a full column to stay coded. */
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
    this.looked++;
    let code = codes.get(value);
    if (code !== undefined) {
      this.repeats++;
      return code;
    }
    if (this.values.length < MAX_VALUES) {
      code = this.values.length;
      this.values.push(value);
      codes.set(value, code);
      return code;
    }
    // Full: a column whose cells mostly repeated a known value (dates, companies) is still worth
    // a lookup per cell; one that filled up with values seen once (emails) is not.
    if (this.repeats < MIN_REPEATS * this.looked) this.codes = null;
    return -1;
  }
}
