// "Run audit now", the audit history and "Archive inactive rows" for the menu and the sidebar.
import { runAuditOn, type AuditRunResult } from '../gas/audit-runner';
import { readHistory } from '../gas/history-sheet';
import { trendOf, type AuditHistoryPoint, type Trend } from '../core/audit/history';
import { archiveInactive, previewInactive, type ArchivePreview, type ArchiveResult } from '../gas/archive-inactive';

export function runAuditOnActiveSheet(): AuditRunResult {
  return runAuditOn(SpreadsheetApp.getActiveSpreadsheet().getActiveSheet(), 'manual');
}

export function auditHistory(limit?: number): { points: AuditHistoryPoint[]; trend: Trend } {
  const n = typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 200;
  const points = readHistory(SpreadsheetApp.getActiveSpreadsheet(), n);
  return { points, trend: trendOf(points) };
}

function monthsArg(options: unknown): unknown {
  if (options && typeof options === 'object') return (options as { months?: unknown }).months;
  return options;
}

export function previewArchive(options?: unknown): ArchivePreview {
  return previewInactive(monthsArg(options));
}

export function applyArchive(options?: unknown): ArchiveResult {
  return archiveInactive(monthsArg(options));
}
