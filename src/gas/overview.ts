// The sidebar's Overview: score, findings by kind and column, the score history, duplicates
// waiting for review, whether undo is possible, and the settings form's values.
import type { AuditReport } from '../core/audit';
import { effectiveDefaultCountry, effectiveUserLocale } from '../core/settings/effective';
import type { FindingCount, Overview, SidebarSettings } from '../contract/sidebar';
import { auditOf, loadDataSheet, openDataSheet, type DataSheet, type LoadedSheet } from './data-sheet';
import { readHistory } from './history-sheet';
import { newestRuns } from './undo-journal';
import { readUiLanguage } from './settings-store';

/** Scores shown in the Overview's trend chart. */
const HISTORY_POINTS = 50;

export function readOverview(): Overview {
  const ds = openDataSheet();
  let loaded: LoadedSheet | null = null;
  try {
    loaded = loadDataSheet(ds);
  } catch {
    // Empty or header-only sheet: the overview still shows the settings.
  }
  const report = loaded ? auditOf(loaded) : null;
  return {
    sheetName: ds.sheet.getName(),
    rows: report?.rows ?? 0,
    score: report ? report.score : null,
    scoreParts: report?.scoreParts ?? [],
    findings: report ? findingCounts(report) : [],
    history: readHistory(ds.ss, HISTORY_POINTS).map((p) => ({ time: p.time, score: p.score })),
    review: report ? report.clusters.filter((c) => c.confidence === 'doubtful').length : 0,
    canUndo: canUndo(ds.ss),
    userLocale: effectiveUserLocale(Session.getActiveUserLocale(), ds.settings.locale),
    timeZone: ds.settings.timeZone,
    settings: settingsForm(ds, loaded),
  };
}

/** Findings per kind and column; whole-row findings (and the rest of a kind) with column ''. */
function findingCounts(report: AuditReport): FindingCount[] {
  const findings: FindingCount[] = [];
  const perColumn: Record<string, number> = {};
  for (const col of report.byColumn) {
    for (const [kind, n] of Object.entries(col.byKind)) {
      findings.push({ kind, column: col.header, count: n ?? 0 });
      perColumn[kind] = (perColumn[kind] ?? 0) + (n ?? 0);
    }
  }
  for (const [kind, n] of Object.entries(report.counts)) {
    const rest = (n ?? 0) - (perColumn[kind] ?? 0);
    if (rest > 0) findings.push({ kind, column: '', count: rest });
  }
  return findings;
}

function settingsForm(ds: DataSheet, loaded: LoadedSheet | null): SidebarSettings {
  const header = loaded?.snap.header ?? [];
  return {
    columns: header.map((h, index) => ({ index, header: h, role: loaded?.roles[index] ?? null, detected: loaded?.detected[index] ?? null })),
    defaultCountry: effectiveDefaultCountry(ds.settings) ?? '',
    phoneFormat: ds.settings.phoneFormat,
    requiredFields: ds.settings.requiredFields,
    staleMonths: ds.settings.staleMonths,
    legalFormStyle: ds.settings.legalFormStyle,
    placeholders: ds.settings.placeholders ?? [],
    uiLanguage: readUiLanguage(),
  };
}

function canUndo(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  try {
    return newestRuns(ss).newest !== null;
  } catch {
    return false;
  }
}
