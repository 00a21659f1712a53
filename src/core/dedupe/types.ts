import type { Cell } from '../table';
import type { Level } from './compare';

/** How strongly one field speaks for (or against) two rows being the same customer. */
export interface FieldEvidence {
  /** Column role the evidence comes from (email, phone, name, company, ...). */
  field: string;
  /** How the values agree (compare.ts: exact, typo, high ... diff): what a reason sentence says. */
  level: Level;
  /** Similarity of the two values, 0 (different) .. 1 (same after normalization). */
  similarity: number;
  /** Log-odds weight this field added to the score (negative when it speaks against a match). */
  weight: number;
  /** Plain words: "same email after fixing gmail.cmo", "name 0.96 (Jaro-Winkler)". */
  note: string;
}

/** One compared pair of rows (0-based indices into Table.rows). */
export interface PairMatch {
  a: number;
  b: number;
  /** Match probability 0..1, derived from the summed weights. */
  score: number;
  /** Blocking keys the two rows shared ("email:john@x.com", "phone:+62812..."). */
  keys: string[];
  fields: FieldEvidence[];
}

export interface DuplicateCluster {
  /** 0-based indices into Table.rows, ascending. */
  rows: number[];
  /** The surviving row (most complete, valid, recently active). */
  primary: number;
  /** Lowest pair score between the primary and another member. */
  score: number;
  /** 'sure' clusters are merged by "Clean this sheet"; 'doubtful' ones are queued for review. */
  confidence: 'sure' | 'doubtful';
  /** Human-readable reasons, one per member pair with the primary. */
  reasons: string[];
  /** Evidence of each member against the primary. */
  pairs: PairMatch[];
}

export interface DedupeOptions {
  /** Score at or above which a cluster is merged without asking (default 0.9). */
  sureScore?: number;
  /** Score at or above which a pair is shown for review (default 0.6). */
  reviewScore?: number;
  /** Pairs the user said are not duplicates, as row fingerprints (see rowFingerprint). */
  notDuplicates?: Array<[string, string]>;
  /** Largest block compared all-pairs; bigger blocks use a sorted window instead. */
  maxBlockSize?: number;
  /** Default region for phones without a country code. */
  defaultCountry?: string;
  /** Sheet row of the first data row, for the row numbers in reasons (default 2: header on row 1). */
  firstRow?: number;
  /** Sheet row of each table row, when they are not consecutive (a batch of a large file). */
  rowNumber?: (row: number) => number;
  /**
   * Rows of the whole sheet these rows were taken from (a batch of a large file): the prior odds
   * of a match fall with the sheet's size, and a batch must be judged as strictly as its sheet.
   */
  population?: number;
  /**
   * Rows of different groups are never compared: a batch of a large file holds many independent
   * groups (rows linked by a shared email or phone), and a pair across two of them would be found
   * only by the chance of landing in one batch.
   */
  group?: (row: number) => number;
}

export interface DedupeResult {
  clusters: DuplicateCluster[];
  /** How many candidate pairs blocking produced (work done; near-linear in rows). */
  candidatePairs: number;
}

/** What merging a cluster produces: the primary's new values and where every value went. */
export interface MergeResult {
  /** The primary row after filling its blanks from the other members. */
  row: Cell[];
  /** Blanks of the primary filled from another member: column, value, 0-based source row. */
  filled: Array<{ column: number; value: Cell; from: number }>;
  /** Conflicting values kept aside (second email, phone ...): column, value, source row. */
  kept: Array<{ column: number; value: Cell; from: number }>;
  /** Text for an "Other emails / phones" style note on the primary, '' when nothing conflicts. */
  note: string;
}
