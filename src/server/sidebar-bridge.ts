// The sidebar's server API (plain JSON in and out; every sheet value sent as text). Reads use
// the same snapshot, settings and plan as "Clean this sheet"; writes go through the shell.
import type { Cell } from '../core/table';
import type { DuplicateCluster } from '../core/dedupe/types';
import { audit } from '../core/audit';
import { clean } from '../core/plan';
import { rowFingerprint } from '../core/dedupe';
import { regionFromLocale } from '../core/settings';
import type { Plan } from '../core/plan-types';
import type { CellChange } from '../core/normalize-table';
import type { PlannedMerge } from '../core/plan-types';
import { readStoredSettings, writeStoredSettings } from '../gas/settings-store';
import { readJournal } from '../gas/undo-journal';
import { applyPrepared, prepareClean } from '../gas/clean-sheet';
import { readProgress } from '../gas/clean-job';
import { undoLastCleanRun } from '../gas/undo-clean';
import { withDocumentLock } from '../gas/document-lock';
import { AUDIT_SHEET, LISTS_SHEET } from '../gas/sheet-names';
import { readValueMap } from '../gas/lists-sheet';
import { cellText, columnLetters, loadSheet, notDuplicatePairs, outdatedMarks, sidebarContext, type LoadedSheet } from './sidebar-view';
import { isDate } from '../core/normalize/cell';

const UI_LANGUAGE_PROPERTY = 'crmHygiene.uiLanguage';
const SAMPLE_PER_GROUP = 5;

function planFor(loaded: LoadedSheet): Plan {
  const { snap } = loaded;
  return clean(loaded.table, loaded.settings, {
    isProtected: (r, c) => (snap.formulas[r]?.[c] ?? '') !== '',
    notDuplicates: notDuplicatePairs(),
    outdated: outdatedMarks(snap),
  });
}

function auditHistory(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Array<{ time: string; score: number }> {
  const sheet = ss.getSheetByName(AUDIT_SHEET);
  if (!sheet || sheet.getLastRow() < 2) return [];
  const values = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues() as Cell[][];
  const header = (values[0] ?? []).map((h) => cellText(h).toLowerCase());
  const timeCol = Math.max(0, header.findIndex((h) => h.includes('time') || h.includes('date')));
  const scoreCol = header.findIndex((h) => h.includes('score'));
  if (scoreCol < 0) return [];
  return values
    .slice(1)
    .map((r) => ({ time: isDate(r[timeCol]) ? (r[timeCol] as Date).toISOString() : cellText(r[timeCol]), score: Number(r[scoreCol]) }))
    .filter((p) => Number.isFinite(p.score))
    .slice(-50);
}

function userLanguage(): string {
  return PropertiesService.getUserProperties().getProperty(UI_LANGUAGE_PROPERTY) ?? '';
}

export function sidebarGetOverview() {
  const ctx = sidebarContext();
  let loaded: LoadedSheet | null = null;
  try {
    loaded = loadSheet(ctx);
  } catch {
    // Empty or header-only sheet: the overview still shows the settings.
  }
  const report = loaded
    ? audit(loaded.table, loaded.settings, { notDuplicates: notDuplicatePairs(), outdated: outdatedMarks(loaded.snap) })
    : null;
  const findings: Array<{ kind: string; column: string; count: number }> = [];
  if (report) {
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
  }
  const header = loaded?.snap.header ?? [];
  return {
    sheetName: ctx.sheet.getName(),
    rows: report?.rows ?? 0,
    score: report ? report.score : null,
    findings,
    history: auditHistory(ctx.ss),
    review: report ? report.clusters.filter((c) => c.confidence === 'doubtful').length : 0,
    canUndo: canUndo(ctx.ss),
    userLocale: Session.getActiveUserLocale() || ctx.settings.locale || '',
    settings: {
      columns: header.map((h, index) => ({ index, header: h, role: loaded?.roles[index] ?? null, detected: loaded?.detected[index] ?? null })),
      defaultCountry: ctx.settings.defaultCountry ?? regionFromLocale(ctx.settings.locale) ?? '',
      phoneFormat: ctx.settings.phoneFormat,
      requiredFields: ctx.settings.requiredFields,
      staleMonths: ctx.settings.staleMonths,
      legalFormStyle: ctx.settings.legalFormStyle,
      placeholders: ctx.settings.placeholders ?? [],
      uiLanguage: userLanguage(),
    },
  };
}

function canUndo(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  try {
    return readJournal(ss) !== null;
  } catch {
    return false;
  }
}

export function sidebarPreviewClean() {
  const loaded = loadSheet(sidebarContext());
  const plan = planFor(loaded);
  const first = loaded.snap.firstRow;
  const groups = new Map<string, { rule: string; count: number; items: Array<{ cell: string; before: string; after: string; why: string }> }>();
  const add = (e: { row: number; column: number; before: Cell; after: Cell; rule: string; why: string }): void => {
    let g = groups.get(e.rule);
    if (!g) groups.set(e.rule, (g = { rule: e.rule, count: 0, items: [] }));
    g.count++;
    if (g.items.length < SAMPLE_PER_GROUP) {
      g.items.push({ cell: `${columnLetters(e.column)}${first + e.row}`, before: cellText(e.before), after: cellText(e.after), why: e.why });
    }
  };
  plan.edits.forEach(add);
  plan.merges.forEach((m) => m.primaryEdits.forEach(add));
  const losers = plan.merges.flatMap((m) => m.losers.map((loser) => ({ m, loser })));
  if (losers.length) {
    groups.set('merge', {
      rule: 'merge',
      count: losers.length,
      items: losers.slice(0, SAMPLE_PER_GROUP).map(({ m, loser }) => ({
        cell: `${first + loser}:${first + loser}`,
        before: (loaded.table.rows[loser] ?? []).map(cellText).filter((v) => v !== '').slice(0, 3).join(' · '),
        after: `${first + m.primary}:${first + m.primary}`,
        why: m.reason,
      })),
    });
  }
  return {
    groups: [...groups.values()].sort((a, b) => b.count - a.count),
    merges: plan.summary.merged,
    archived: plan.summary.archived,
    review: plan.summary.review,
    scoreBefore: plan.summary.scoreBefore,
    scoreAfter: plan.summary.scoreAfter,
  };
}

/** A cluster's id: the fingerprints of its rows, so it survives rows moving up or down. */
// Fingerprints of the rows as the matcher saw them (normalized), as "not a duplicate" needs.
function clusterId(loaded: LoadedSheet, plan: Plan, cluster: DuplicateCluster): string {
  const country = loaded.settings.defaultCountry?.toUpperCase() || regionFromLocale(loaded.settings.locale);
  return cluster.rows.map((r) => rowFingerprint(plan.rows[r] ?? [], loaded.roles, country)).sort().join('|');
}

function reviewClusters(loaded: LoadedSheet) {
  const plan = planFor(loaded);
  return plan.review.map((cluster) => ({ cluster, id: clusterId(loaded, plan, cluster) }));
}

export function sidebarGetReviewClusters() {
  const loaded = loadSheet(sidebarContext());
  const first = loaded.snap.firstRow;
  return reviewClusters(loaded).map(({ cluster, id }) => {
    const fields = new Map<string, { field: string; similarity: number; note: string }>();
    for (const p of cluster.pairs) {
      for (const f of p.fields) {
        const seen = fields.get(f.field);
        if (!seen || f.similarity < seen.similarity) fields.set(f.field, { field: f.field, similarity: f.similarity, note: f.note });
      }
    }
    return {
      id,
      header: loaded.snap.header,
      rows: cluster.rows.map((r) => ({ row: first + r, values: (loaded.table.rows[r] ?? []).map(cellText) })),
      primary: first + cluster.primary,
      score: cluster.score,
      keys: [...new Set(cluster.pairs.flatMap((p) => p.keys))],
      fields: [...fields.values()],
      reasons: cluster.reasons,
    };
  });
}

function findCluster(loaded: LoadedSheet, id: string): DuplicateCluster {
  const found = reviewClusters(loaded).find((c) => c.id === id);
  if (!found) throw new Error('These rows changed since the list was shown (sheet changed). Open Duplicates again.');
  return found.cluster;
}

export function sidebarMergeCluster(request: { id: string; primary: number; picks: Record<string, number> }) {
  const ctx = sidebarContext();
  const loaded = loadSheet(ctx);
  const cluster = findCluster(loaded, String(request?.id ?? ''));
  const first = loaded.snap.firstRow;
  const primary = Number(request.primary) - first;
  if (!cluster.rows.includes(primary)) throw new Error('The row to keep is not part of this group.');
  const picks: Record<number, number> = {};
  for (const [col, row] of Object.entries(request.picks ?? {})) {
    const r = Number(row) - first;
    if (!cluster.rows.includes(r)) throw new Error('A chosen value comes from a row outside this group.');
    picks[Number(col)] = r;
  }
  return withDocumentLock('merge', () => {
    const plan = planFor(loaded);
    const { table, snap } = loaded;
    const primaryRow = table.rows[primary] ?? [];
    const primaryEdits: CellChange[] = [];
    for (const [col, from] of Object.entries(picks)) {
      const c = Number(col);
      const after = table.rows[from]?.[c];
      if (from === primary || snap.formulas[primary]?.[c] || cellText(after) === cellText(primaryRow[c])) continue;
      primaryEdits.push({ row: primary, column: c, before: primaryRow[c], after, rule: 'merge.pick', why: `value of row ${first + from}, chosen in the duplicate review` });
    }
    const losers = cluster.rows.filter((r) => r !== primary);
    const reason = `rows ${cluster.rows.map((r) => first + r).join(', ')} merged in the duplicate review; kept row ${first + primary}: ${cluster.reasons.join('; ')}`;
    const merged: PlannedMerge = { cluster: { ...cluster, primary }, primary, losers, merge: { row: primaryRow.slice(), filled: [], kept: [], note: '' }, primaryEdits, reason };
    const mergePlan: Plan = {
      ...plan,
      edits: [],
      merges: [merged],
      review: plan.review.filter((c) => c !== cluster && !c.rows.some((r) => cluster.rows.includes(r))),
      summary: { ...plan.summary, changes: primaryEdits.length, changesByRule: primaryEdits.length ? { 'merge.pick': primaryEdits.length } : {}, merged: 1, archived: losers.length },
    };
    applyPrepared({ ss: ctx.ss, sheet: ctx.sheet, snap, plan: mergePlan });
    return { archived: losers.length };
  });
}

/** Keep only the chosen rule groups ('merge' stands for the sure-duplicate merges). */
function onlyRules(plan: Plan, rules: string[]): Plan {
  const keep = new Set(rules);
  const edits = plan.edits.filter((e) => keep.has(e.rule));
  const merges = keep.has('merge') ? plan.merges : [];
  const byRule: Record<string, number> = {};
  for (const e of [...edits, ...merges.flatMap((m) => m.primaryEdits)]) byRule[e.rule] = (byRule[e.rule] ?? 0) + 1;
  const changes = Object.values(byRule).reduce((a, b) => a + b, 0);
  const archived = merges.reduce((n, m) => n + m.losers.length, 0);
  return { ...plan, edits, merges, summary: { ...plan.summary, changes, changesByRule: byRule, merged: merges.length, archived } };
}

export function sidebarApplyClean(request: { rules: string[] | null }) {
  const rules = Array.isArray(request?.rules) ? request.rules.map(String) : null;
  const result = withDocumentLock('clean', () => {
    const prepared = prepareClean();
    if (rules) prepared.plan = onlyRules(prepared.plan, rules);
    return applyPrepared(prepared);
  });
  const s = result.summary;
  let scoreAfter = s.scoreAfter;
  if (rules) {
    // A partial clean: measure the sheet as it is now rather than trusting the full plan's figure.
    try {
      const loaded = loadSheet(sidebarContext());
      scoreAfter = audit(loaded.table, loaded.settings, { notDuplicates: notDuplicatePairs(), outdated: outdatedMarks(loaded.snap) }).score;
    } catch {
      // keep the plan's figure
    }
  }
  return {
    done: result.done,
    progress: result.progress,
    summary: { changes: s.changes, changesByRule: s.changesByRule, merged: s.merged, archived: s.archived, review: s.review, scoreBefore: s.scoreBefore, scoreAfter },
  };
}

/**
 * A clean too big for one execution goes on in the background (a one-off trigger per chunk);
 * the sidebar polls this until the run is done, and hears of a failure in plain words.
 */
export function sidebarContinueClean() {
  const p = readProgress();
  if (!p || p.state === 'done') return { done: true, progress: 1 };
  if (p.state === 'failed') throw new Error(p.message);
  return { done: false, progress: p.progress };
}

export function sidebarUndoLastClean() {
  const result = withDocumentLock('undo', () => undoLastCleanRun());
  return { restoredCells: 0, restoredRows: result.restoredRows };
}

export function sidebarMarkNotDuplicate(request: { id: string }) {
  const ctx = sidebarContext();
  const loaded = loadSheet(ctx);
  const id = String(request?.id ?? '');
  findCluster(loaded, id);
  const prints = id.split('|');
  const stored = readStoredSettings() ?? ctx.stored;
  const pairs = stored.notDuplicates ?? [];
  for (let i = 0; i < prints.length; i++) {
    for (let j = i + 1; j < prints.length; j++) pairs.push([prints[i] as string, prints[j] as string]);
  }
  writeStoredSettings({ ...stored, notDuplicates: pairs });
  return { ok: true as const };
}

interface SettingsPatch {
  columns?: Array<{ index: number; role: string | null }>;
  defaultCountry?: string;
  phoneFormat?: string;
  requiredFields?: string[];
  staleMonths?: number;
  legalFormStyle?: string;
  placeholders?: unknown;
  uiLanguage?: string;
}

/** A team's own placeholder words as saved: trimmed, distinct, each short enough to be a placeholder. */
function placeholderWords(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [];
  const words = [...new Set(list.map((w) => (typeof w === 'string' ? w.trim() : '')).filter((w) => w !== ''))];
  if (list.some((w) => typeof w !== 'string') || words.length > MAX_PLACEHOLDERS || words.some((w) => w.length > MAX_PLACEHOLDER_LENGTH)) {
    throw new Error(`Your own placeholders must be words or short phrases of at most ${MAX_PLACEHOLDER_LENGTH} characters, at most ${MAX_PLACEHOLDERS} of them.`);
  }
  return words;
}
const MAX_PLACEHOLDERS = 100;
const MAX_PLACEHOLDER_LENGTH = 40;

const PHONE_FORMATS = ['E164', 'INTERNATIONAL', 'NATIONAL'];
const LEGAL_STYLES = ['short', 'long', 'none'];

export function sidebarSaveSettings(patch: SettingsPatch) {
  const ctx = sidebarContext();
  const stored = { ...(readStoredSettings() ?? ctx.stored) };
  const p = patch ?? {};
  if (p.columns) {
    const width = ctx.sheet.getLastColumn();
    const roles: Array<string | null> = new Array(width).fill(null);
    for (const c of p.columns) if (c.index >= 0 && c.index < width) roles[c.index] = c.role || null;
    stored.rolesBySheet = { ...(stored.rolesBySheet ?? {}), [ctx.sheet.getName()]: roles as never };
  }
  if (p.defaultCountry !== undefined) {
    const code = String(p.defaultCountry).trim().toUpperCase();
    if (code && !/^[A-Z]{2}$/.test(code)) throw new Error('The default country must be two letters (ISO 3166), such as ID or SE.');
    stored.defaultCountry = code || undefined;
  }
  if (p.phoneFormat !== undefined && PHONE_FORMATS.includes(p.phoneFormat)) stored.phoneFormat = p.phoneFormat as never;
  if (p.legalFormStyle !== undefined && LEGAL_STYLES.includes(p.legalFormStyle)) stored.legalFormStyle = p.legalFormStyle as never;
  if (Array.isArray(p.requiredFields)) stored.requiredFields = p.requiredFields.map(String) as never;
  if (p.placeholders !== undefined) stored.placeholders = placeholderWords(p.placeholders);
  if (p.staleMonths !== undefined) {
    const months = Number(p.staleMonths);
    if (!Number.isInteger(months) || months < 1 || months > 240) throw new Error('Stale months must be a whole number from 1 to 240.');
    stored.staleMonths = months;
  }
  writeStoredSettings(stored);
  if (p.uiLanguage !== undefined) {
    const lang = String(p.uiLanguage);
    if (lang) PropertiesService.getUserProperties().setProperty(UI_LANGUAGE_PROPERTY, lang.slice(0, 10));
    else PropertiesService.getUserProperties().deleteProperty(UI_LANGUAGE_PROPERTY);
  }
  return sidebarGetOverview();
}

export function sidebarOpenValueMap() {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  readValueMap(ss); // creates "CRM Lists" with the default lists when missing
  ss.getSheetByName(LISTS_SHEET)?.activate();
  return { ok: true as const };
}
