// The sidebar's contract with the server: every google.script.run endpoint with its argument and
// its result, as plain JSON. Types only (nothing here reaches a bundle): src/server/sidebar-api.ts
// implements SidebarApi (test/unit/sidebar-contract.test.ts makes tsc check every endpoint against
// it), the src/gas modules that build these replies return these types, and sidebar/src calls the
// server only through `call` (api.ts), typed by SidebarApi. Every value that comes from the sheet
// arrives as a string and is only ever rendered as text. What the server says (description,
// message, why) is a UserMessage: a catalogue code with parameters, which the sidebar says in the
// reader's language, and the English text as a fallback.
import type { FindingKind } from '../core/audit/findings';
import type { UserMessage } from '../core/messages/message';
import type { WeekDayName } from '../core/audit/schedule';
import type { AuditHistoryPoint, Trend } from '../core/audit/history';
import type { ScorePart } from '../core/audit/score';
export type { FindingKind, WeekDayName, AuditHistoryPoint, UserMessage, ScorePart };

export interface FindingCount {
  kind: FindingKind | string;
  /** Column header the findings are in ('' for whole-row findings). */
  column: string;
  count: number;
}

export interface AuditPoint {
  /** ISO time of the audit. */
  time: string;
  score: number;
}

export interface ColumnInfo {
  index: number;
  header: string;
  /** Role chosen by the user (or the detected one when nothing was chosen); null = none. */
  role: string | null;
  /** What detection guessed from the header and values. */
  detected: string | null;
}

export interface SidebarSettings {
  columns: ColumnInfo[];
  defaultCountry: string;
  phoneFormat: 'E164' | 'INTERNATIONAL' | 'NATIONAL';
  requiredFields: string[];
  staleMonths: number;
  legalFormStyle: 'short' | 'long' | 'none';
  /** The team's own words for "nothing here" (on top of N/A, -, TBD ...). */
  placeholders: string[];
  /** '' = follow the user's locale. */
  uiLanguage: string;
}

export interface Overview {
  sheetName: string;
  rows: number;
  score: number | null;
  /** Points lost per dimension of the score (empty when there is no score). */
  scoreParts: ScorePart[];
  findings: FindingCount[];
  history: AuditPoint[];
  /** Doubtful duplicate clusters waiting for review. */
  review: number;
  canUndo: boolean;
  /** The user's locale as Apps Script reports it (e.g. 'id', 'pt_BR'). */
  userLocale: string;
  /** The spreadsheet's time zone (IANA): every date and time the sidebar shows is in it. */
  timeZone?: string;
  settings: SidebarSettings;
}

export interface PreviewItem {
  /** A1 cell, e.g. 'D7'; a row range ('12:12') for a merged-away row. */
  cell: string;
  before: string;
  after: string;
  /** More than the group's rule says (a merged-away row: which row it joins); absent otherwise. */
  why?: UserMessage;
}

export interface PreviewGroup {
  /** Machine rule, e.g. 'phone.e164'; merges use 'merge'. */
  rule: string;
  count: number;
  /** The first few changes of the group (the full list can be long). */
  items: PreviewItem[];
}

export interface CleanPreview {
  groups: PreviewGroup[];
  merges: number;
  archived: number;
  review: number;
  scoreBefore: number;
  scoreAfter: number;
}

export interface CleanSummary {
  changes: number;
  changesByRule: Record<string, number>;
  merged: number;
  archived: number;
  review: number;
  scoreBefore: number;
  scoreAfter: number;
  /** A1 ranges filled by array formulas, left as they are (msg.cleanSpillSkipped). */
  spillRanges?: string[];
}

/** A step of a clean: long runs return done=false and the sidebar asks again. */
export interface CleanProgress {
  done: boolean;
  /** 0..1 */
  progress: number;
  summary?: CleanSummary;
}

export interface UndoResult {
  restoredCells: number;
  restoredRows: number;
  /** A1 of the cells left as they were because someone changed them after the run. */
  skipped?: string[];
  /** False while the rest of the undo continues in the background (a very big run). */
  done: boolean;
  /** The summary: which run was undone, what came back, the cells left, which run is next. */
  message: UserMessage;
}

/** One row's value of a column, as the merge would write it (normalized: +46…, not 46…). */
export interface ReviewValue {
  /** 1-based sheet row. */
  row: number;
  text: string;
}

/** A column of a duplicate group: the rows' values, and whether they really differ. */
export interface ReviewField {
  column: number;
  header: string;
  role: string | null;
  /**
   * The rows that have a value here, blanks and error cells (#ERROR!, #N/A) left out: those are
   * never offered as a choice.
   */
  values: ReviewValue[];
  /** Two or more different values after normalization: the person chooses one. */
  differs: boolean;
  /** Sheet row whose value the merged row keeps unless the person picks another. */
  pick: number;
  /** A formula cell in the row to keep: the merge leaves it as it is. */
  formula: boolean;
}

/** How the rows agree on one field (core/dedupe/evidence.ts), for the reason and "why". */
export interface ReviewEvidence {
  field: string;
  level: string;
  sense: 'match' | 'close' | 'similar' | 'differ';
  similarity: number;
  weight: number;
}

export interface ReviewCluster {
  id: string;
  /** 1-based sheet rows of the group. */
  rows: number[];
  /** Sheet row the engine proposes to keep. */
  primary: number;
  score: number;
  /** Every column with a value in some row, in sheet order. */
  fields: ReviewField[];
  evidence: ReviewEvidence[];
}

export interface MergeRequest {
  id: string;
  /** Sheet row to keep. */
  primary: number;
  /** Column index -> sheet row whose value wins (missing = the primary's value). */
  picks: Record<string, number>;
}

export interface MergeResult {
  archived: number;
}

export interface ScheduleRequest {
  frequency: 'weekly' | 'monthly';
  weekDay?: WeekDayName;
  /** 1-28, so every month has the day. */
  monthDay?: number;
  /** 0-23: the audit runs within that hour (the spreadsheet's time zone). */
  hour: number;
}

export interface LastScheduledRun {
  time: string;
  ok: boolean;
  score?: number;
  message: UserMessage;
}

/** The document's audit schedule (one per document). */
export interface AuditSchedule {
  scheduled: boolean;
  frequency?: 'weekly' | 'monthly';
  weekDay?: string;
  monthDay?: number;
  hour?: number;
  /** Sheet the scheduled audit checks. */
  sheet?: string;
  /** "Audits run every Monday, 07:00–08:00, on “Contacts”." */
  description: UserMessage;
  /** ISO time of the next run (approximate: Apps Script picks a minute within the hour). */
  nextRun?: string;
  lastRun?: LastScheduledRun;
  /** The spreadsheet's time zone: the hour, the next run and the last run are shown in it. */
  timeZone?: string;
  /** The collaborator whose account runs the audits, when it is not the current user. */
  runBy?: string;
}

/** "Run audit now" (and the scheduled audit): the score, the counts and what the highlights did. */
export interface AuditRun {
  ok: boolean;
  sheet: string;
  rows: number;
  score: number;
  flaggedRows: number;
  counts: Partial<Record<FindingKind, number>>;
  /** Highlight cells coloured now / cleared from the previous audit. */
  coloured: number;
  cleared: number;
  duplicatesChecked: boolean;
  historyRow: number;
  trend: UserMessage;
  message: UserMessage;
}

export type AuditTrend = Trend;

export interface AuditHistory {
  /** Oldest first. */
  points: AuditHistoryPoint[];
  trend: AuditTrend;
}

/** Clean at entry: on for one sheet, or off. */
export interface EntryGuard {
  enabled: boolean;
  sheet: string;
  /** The collaborator whose account runs it, when it is not the current user. */
  owner?: string;
  message: UserMessage;
}

export interface InactiveRow {
  /** Sheet row. */
  row: number;
  /** First few values of the row, as text, to recognise it. */
  label: string;
  why: UserMessage;
}

/** "Archive inactive rows", before anything moves. */
export interface ArchivePreview {
  sheet: string;
  months: number;
  rows: number;
  inactive: number;
  /** Up to 50 of the rows that would move. */
  sample: InactiveRow[];
  message: UserMessage;
}

export interface ArchiveResult {
  ok: boolean;
  runId: string;
  sheet: string;
  archived: number;
  message: UserMessage;
}

/** A clean that goes on in the background (time-boxed steps): where it is. */
export interface CleanJobProgress {
  runId: string;
  sheet: string;
  state: 'running' | 'done' | 'failed';
  /** Steps done and total (a step is one batch write). */
  done: number;
  total: number;
  /** 0..1 */
  progress: number;
  message: UserMessage;
  updated: string;
}

/** Every google.script.run endpoint, with its argument and result. */
export interface SidebarApi {
  sidebarGetOverview: { arg: void; result: Overview };
  sidebarPreviewClean: { arg: void; result: CleanPreview };
  sidebarApplyClean: { arg: { rules: string[] | null }; result: CleanProgress };
  sidebarContinueClean: { arg: void; result: CleanProgress };
  sidebarUndoLastClean: { arg: void; result: UndoResult };
  sidebarGetReviewClusters: { arg: void; result: ReviewCluster[] };
  sidebarMergeCluster: { arg: MergeRequest; result: MergeResult };
  sidebarMarkNotDuplicate: { arg: { id: string }; result: { ok: true } };
  sidebarSaveSettings: { arg: Partial<SidebarSettings>; result: Overview };
  sidebarOpenValueMap: { arg: void; result: { ok: true } };
  getAuditSchedule: { arg: void; result: AuditSchedule };
  scheduleAudits: { arg: ScheduleRequest; result: AuditSchedule };
  stopScheduledAudits: { arg: void; result: AuditSchedule };
  runAuditNow: { arg: void; result: AuditRun };
  getAuditHistory: { arg: number; result: AuditHistory };
  getEntryGuard: { arg: void; result: EntryGuard };
  setEntryGuard: { arg: boolean; result: EntryGuard };
  previewArchiveInactive: { arg: { months?: number }; result: ArchivePreview };
  archiveInactiveRows: { arg: { months?: number }; result: ArchiveResult };
  getCleanProgress: { arg: void; result: CleanJobProgress | null };
}
