// The sidebar's view of the server API: plain JSON in and out. Every value that comes from the
// sheet arrives here as a string and is only ever rendered as text.

// The engine's own finding kinds (type-only import, erased from the bundle).
import type { FindingKind } from '../../src/core/plan-types';
export type { FindingKind };

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
  findings: FindingCount[];
  history: AuditPoint[];
  /** Doubtful duplicate clusters waiting for review. */
  review: number;
  canUndo: boolean;
  /** The user's locale as Apps Script reports it (e.g. 'id', 'pt_BR'). */
  userLocale: string;
  settings: SidebarSettings;
}

export interface PreviewItem {
  /** A1 cell, e.g. 'D7'. */
  cell: string;
  before: string;
  after: string;
  why: string;
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
}

export interface ClusterRow {
  /** 1-based sheet row. */
  row: number;
  values: string[];
}

export interface FieldScore {
  field: string;
  similarity: number;
  note: string;
}

export interface ReviewCluster {
  id: string;
  header: string[];
  rows: ClusterRow[];
  /** Sheet row the engine proposes to keep. */
  primary: number;
  score: number;
  keys: string[];
  fields: FieldScore[];
  reasons: string[];
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

// Scheduled audits, "Run audit now", the audit history, clean at entry, archive inactive rows
// (src/server/audit-entries.ts). Server texts (description, message, why) are English: the
// sidebar builds its own translated text from the structured fields and keeps them as fallback.

import type { WeekDayName } from '../../src/core/schedule';
export type { WeekDayName };

export interface ScheduleRequest {
  frequency: 'weekly' | 'monthly';
  weekDay?: WeekDayName;
  /** 1-28, so every month has the day. */
  monthDay?: number;
  /** 0-23: the audit runs within that hour (the spreadsheet's time zone). */
  hour: number;
}

// Results of the server's audit, schedule and archive functions: the server's own types, so the
// two sides cannot drift apart (type-only imports, erased from the bundle).
import type { AuditScheduleInfo } from '../../src/server/schedule-api';
import type { AuditRunResult } from '../../src/gas/audit-runner';
import type { AuditHistoryPoint, Trend } from '../../src/core/audit-history';
import type { EntryGuardInfo } from '../../src/server/entry-api';
import type { InactiveRow, ArchivePreview, ArchiveResult } from '../../src/gas/archive-inactive';
export type { AuditHistoryPoint, InactiveRow, ArchivePreview, ArchiveResult };
export type AuditSchedule = AuditScheduleInfo;
export type LastScheduledRun = NonNullable<AuditScheduleInfo['lastRun']>;
export type AuditRun = AuditRunResult;

export type AuditTrend = Trend;

export interface AuditHistory {
  points: AuditHistoryPoint[];
  trend: AuditTrend;
}

export type EntryGuard = EntryGuardInfo;

/** Every function the sidebar calls, with its argument and result. */
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
}
