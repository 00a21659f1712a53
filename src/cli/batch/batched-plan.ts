/**
 * The clean of a file too large to plan in one piece (more rows than --max-exact-rows).
 *
 * Planning 1,000,000 rows at once would hold every cell change and every candidate pair in memory
 * and compare rows that can never be the same customer. Instead:
 *  1. rows that share an email or phone key are linked (batches.ts) and planned together, in
 *     batches of about 500 rows, with duplicate search, through the very same clean() the
 *     add-on runs; their outcomes are kept until written;
 *  2. the file is then written in order, 2,000 rows at a time: the chunk's rows linked to
 *     nothing are planned together with duplicate search off (nothing to find), then every row
 *     of the chunk is written, and the chunk's solo rows are forgotten.
 * Memory holds the rows as read and the linked rows' outcomes, both packed off the heap
 * (rows/text-arena.ts); every other row's changes go to changes.csv as they are made.
 *
 * What differs from one whole-table clean() (and is said in the summary): duplicates are found
 * only among rows that share an email or phone (after normalization); name-and-company-only
 * matches across the file are not searched. Findings carry no `why` text.
 */
import { clean } from '../../core/plan';
import { RunMemo } from '../../core/normalize/run-memo';
import { resolveRoles } from '../../core/normalize/normalize-table';
import type { Settings } from '../../core/settings';
import type { RowStore } from '../rows/row-store';
import { OutcomeStore, planOutcomes, type RowOutcome } from '../clean/outcomes';
import { TotalsBuilder, type CleanTotals } from '../clean/clean-totals';
import { planBatches, soloRowsIn } from './batches';
import { storedRowKeyer } from './row-keys';
import { rowNumbering } from '../sheet-rows';

export interface PlanSource {
  header: string[];
  store: RowStore;
  settings: Settings;
  now?: Date;
  /** Formula cells of an XLSX input (file row, column): never written. */
  isProtected?: (row: number, column: number) => boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface OutcomeSink {
  /** Writes row `row`'s outcome; called in file order. A promise returned is awaited before the next row. */
  emit(row: number, outcome: RowOutcome): Promise<void> | void;
  /**
   * For an outcome written later: applies what does not depend on order (cells of an XLSX output)
   * and returns its change-log lines, so the outcome can be kept as text until its turn.
   */
  defer(outcome: RowOutcome): string;
}

export interface Batching {
  batches: number;
  linkedRows: number;
  soloRows: number;
}

// Rows linked to no other are cleaned 2,000 at a time: a chunk's rows, normalized copies, changes
// and findings all live until it is planned, so a larger chunk outlives more young-generation
// collections and is copied into the old one (10,000: ~75 MB more peak memory at 1M rows and more
// GC time). Column-level readings (a date column's day order) still see up to 2,000 values.
const SOLO_CHUNK = 2000;
const LINKED_BATCH = 500;

/** clean() options for a batch of the file's rows: formulas protected, sentences naming file rows. */
function batchOptions(src: PlanSource, rows: readonly number[], dedupe: boolean, memo: RunMemo, groupOf?: (row: number) => number) {
  const p = src.isProtected;
  const fileRow = rowNumbering(src.settings.headerRow);
  return {
    now: src.now,
    dedupe,
    isProtected: p ? (r: number, c: number) => p(rows[r] as number, c) : undefined,
    rowNumber: (r: number) => fileRow(rows[r] as number),
    // A batch is judged as strictly as the whole file it comes from (the prior falls with size).
    population: src.store.length,
    // Only rows linked by a shared key are compared: the batch's other rows are there by chance.
    group: groupOf ? (r: number) => groupOf(rows[r] as number) : undefined,
    memo,
  };
}

/** One clean() of the whole file, exactly what the add-on does. */
export async function cleanWhole(src: PlanSource, sink: OutcomeSink): Promise<CleanTotals> {
  const all = Array.from({ length: src.store.length }, (_, i) => i);
  const plan = clean({ header: src.header, rows: src.store.pick(all) }, src.settings, { now: src.now, isProtected: src.isProtected });
  const totals = new TotalsBuilder(all.length, plan.roles, true);
  totals.add(plan, (i) => i);
  const outcomes: RowOutcome[] = [];
  planOutcomes(plan, (i) => i, (i, o) => (outcomes[i] = o));
  for (let i = 0; i < outcomes.length; i++) {
    const wait = sink.emit(i, outcomes[i] as RowOutcome);
    if (wait) await wait;
  }
  return totals.done();
}

export async function cleanBatched(src: PlanSource, sink: OutcomeSink): Promise<CleanTotals & { batching: Batching }> {
  const { store, header } = src;
  const n = store.length;
  // Roles are decided once for the whole file, so every batch reads the columns the same way.
  const roles = resolveRoles({ header, rows: store.pick(Array.from({ length: Math.min(50, n) }, (_, i) => i)) }, src.settings);
  const settings: Settings = { ...src.settings, roles };
  const plan = planBatches(n, storedRowKeyer(store, roles), LINKED_BATCH);
  const totals = new TotalsBuilder(n, roles, false);
  // One memo for every batch: the file's countries, titles, names and dates are read once.
  const memo = new RunMemo();
  let done = 0;

  const linked = new OutcomeStore(n);
  for (const batch of plan.linked) {
    const p = clean({ header, rows: store.pick(batch.rows) }, settings, batchOptions(src, batch.rows, true, memo, plan.groupOf));
    const g = (i: number): number => batch.rows[i] as number;
    totals.add(p, g);
    planOutcomes(p, g, (i, o) => linked.put(i, o, sink.defer(o)));
    done += batch.rows.length;
    src.onProgress?.(done, n);
  }

  let soloBatches = 0;
  for (let start = 0; start < n; start += SOLO_CHUNK) {
    const end = Math.min(n, start + SOLO_CHUNK);
    const solo = soloRowsIn(plan, start, end);
    const chunk = new Map<number, RowOutcome>();
    if (solo.length) {
      const p = clean({ header, rows: store.pick(solo) }, settings, batchOptions(src, solo, false, memo));
      const g = (i: number): number => solo[i] as number;
      totals.add(p, g);
      planOutcomes(p, g, (i, o) => chunk.set(i, o));
      soloBatches++;
    }
    for (let r = start; r < end; r++) {
      const wait = sink.emit(r, chunk.get(r) ?? (linked.take(r) as RowOutcome));
      if (wait) await wait;
    }
    done += solo.length;
    src.onProgress?.(done, n);
  }
  return { ...totals.done(), batching: { batches: plan.linked.length + soloBatches, linkedRows: n - plan.soloRows, soloRows: plan.soloRows } };
}
