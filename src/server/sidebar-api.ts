// The add-on's JSON API for the sidebar (google.script.run): plain JSON in and out.
import type { Cell } from '../core/table';
import { rowFingerprint } from '../core/dedupe/index';
import { withDocumentLock } from '../gas/document-lock';
import { applyPrepared, describe, prepareClean, type CleanResult } from '../gas/clean-sheet';
import { undoLastCleanRun, type UndoResult } from '../gas/undo-clean';
import { settingsForSheet, readStoredSettings, writeStoredSettings, type StoredSettings } from '../gas/settings-store';
import { loadReview, saveReview, type ReviewCluster } from '../gas/review-store';
import { isAuditScheduled } from '../gas/audit-run';
import { SheetProblem } from '../gas/sheet-snapshot';

export interface SidebarState {
  sheet: string;
  headerRow: number;
  header: string[];
  roles: (string | null)[];
  settings: StoredSettings;
  reviewCount: number;
  auditScheduled: boolean;
}

/** Sidebar: what the sidebar shows on open. */
export function getSidebarState(): SidebarState {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const { settings, stored } = settingsForSheet(ss, sheet);
  const width = Math.max(1, sheet.getLastColumn());
  const header = sheet.getLastRow() >= settings.headerRow ? (sheet.getRange(settings.headerRow, 1, 1, width).getValues()[0] ?? []).map((h) => String(h)) : [];
  return {
    sheet: sheet.getName(), headerRow: settings.headerRow, header, roles: settings.roles ?? [], settings: stored,
    reviewCount: loadReview().length, auditScheduled: isAuditScheduled(),
  };
}

/** Sidebar: what "Clean this sheet" would do, without changing anything. */
export function previewClean(): CleanResult {
  return describe(prepareClean(), false, '', 0);
}

/** Sidebar: apply the clean (same as the menu item); returns the summary. */
export function applyClean(): CleanResult {
  return withDocumentLock('clean', () => applyPrepared(prepareClean()));
}

/** Sidebar: undo the last clean. */
export function undoLastClean(): UndoResult {
  return withDocumentLock('undo', () => undoLastCleanRun());
}

/** Sidebar: doubtful duplicate groups waiting for a decision. */
export function getReviewClusters(): ReviewCluster[] {
  return loadReview();
}

/** Sidebar: "these rows are not duplicates": remembered so they are never proposed again. */
export function markNotDuplicate(id: string): { ok: boolean; remaining: number } {
  return withDocumentLock('review', () => {
    const all = loadReview();
    const cluster = all.find((c) => c.id === id);
    if (!cluster) throw new SheetProblem('That duplicate group is no longer waiting for review.');
    const rest = all.filter((c) => c.id !== id);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName(cluster.sheet);
    if (!sheet) throw new SheetProblem(`The sheet "${cluster.sheet}" no longer exists.`);
    const { settings, stored } = settingsForSheet(ss, sheet);
    const lo = Math.min(...cluster.rows);
    const hi = Math.max(...cluster.rows);
    const block = sheet.getRange(lo, 1, hi - lo + 1, Math.max(1, sheet.getLastColumn())).getValues() as Cell[][];
    const prints = cluster.rows.map((r) => rowFingerprint(block[r - lo] ?? [], settings.roles ?? [], settings.defaultCountry));
    const pairs = stored.notDuplicates ?? [];
    for (let i = 1; i < prints.length; i++) pairs.push([prints[0] as string, prints[i] as string]);
    writeStoredSettings({ ...stored, notDuplicates: pairs });
    saveReview(rest);
    return { ok: true, remaining: rest.length };
  });
}

/** Sidebar: save settings (partial: only the fields given change). */
export function saveSettings(partial: StoredSettings): StoredSettings {
  const next = { ...(readStoredSettings() ?? {}), ...partial };
  writeStoredSettings(next);
  return next;
}
