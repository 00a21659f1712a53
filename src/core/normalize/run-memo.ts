/**
 * Answers of the normalizers for one run with one settings object. A large file is cleaned or
 * audited in batches, each a call of the core with the same settings; countries, job titles,
 * companies, names and dates repeat across the whole file, so their answers are kept from batch
 * to batch instead of being worked out again in every batch. Each kind of answer ("company",
 * "date|dmy|2026-11-22", ...) has its own bounded memo, so memory stays flat however long the run.
 *
 * The key of a kind must name everything besides the cell and the settings that its answer
 * depends on (a date column's day order, a country column written in codes): then a remembered
 * answer is exactly what the normalizer would say now.
 */
import type { Settings } from '../settings';
import { BoundedMemo } from './bounded-memo';

/** Entries per kind: a few MB at most (a short key and a small result object each). */
const PER_KIND = 10_000;

export class RunMemo {
  private readonly kinds = new Map<string, BoundedMemo<unknown>>();
  private settings: Settings | undefined;

  constructor(private readonly perKind = PER_KIND) {}

  /** The memo of one kind of answer under `settings`; other settings than before start afresh. */
  of<V>(settings: Settings, kind: string): BoundedMemo<V> {
    if (settings !== this.settings) {
      this.kinds.clear();
      this.settings = settings;
    }
    let memo = this.kinds.get(kind);
    if (!memo) this.kinds.set(kind, (memo = new BoundedMemo<unknown>(this.perKind)));
    return memo as BoundedMemo<V>;
  }
}
