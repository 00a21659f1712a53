// The "CRM Hygiene" menu and what its items run: each item asks what it needs (a dialog at most)
// and calls the src/gas module of that feature; results and errors come back as one alert.
import { parseScheduleAnswer } from '../core/audit/schedule';
import { addMenu, ask, confirm, runMenuAction, showSidebar, type MenuItem } from '../gas/dialogs';
import { withDocumentLock } from '../gas/document-lock';
import { applyPrepared, prepareClean } from '../gas/clean-sheet';
import { undoLastCleanRun } from '../gas/undo-clean';
import { flagOutdated, protectKeyColumns, setUpDropdowns } from '../gas/sheet-tools';
import { runAuditOnActiveSheet } from '../gas/audit-runner';
import { readAuditSchedule, scheduleAuditRun, stopAuditSchedule } from '../gas/audit-schedule';
import { archiveInactive, previewInactive } from '../gas/archive-inactive';
import { entryGuardInfo, setEntryGuardEnabled } from '../gas/clean-at-entry';

const TITLE = 'CRM Hygiene';

// Captions carry the words DESIGN.md promises; the functions are the top-level entry points below.
const MENU: readonly MenuItem[] = [
  ['Clean this sheet', 'menuCleanSheet'],
  ['Open sidebar', 'menuOpenSidebar'],
  null,
  ['Set up dropdowns', 'menuSetUpDropdowns'],
  ['Protect key columns', 'menuProtectKeyColumns'],
  ['Flag as outdated', 'menuFlagOutdated'],
  null,
  ['Run audit now', 'menuRunAudit'],
  ['Schedule audits', 'menuScheduleAudits'],
  ['Archive inactive rows', 'menuArchiveInactiveRows'],
  ['Clean at entry (on/off)', 'menuToggleEntryGuard'],
  null,
  ['Undo last clean', 'menuUndoLastClean'],
];

/**
 * Adds the CRM Hygiene menu when the spreadsheet opens (works before authorization).
 * @param {Object} e the open event
 */
export function onOpen(_e?: unknown): void {
  addMenu(MENU);
}

/**
 * Runs when the add-on is installed: same menu as onOpen.
 * @param {Object} e the install event
 */
export function onInstall(_e?: unknown): void {
  addMenu(MENU);
}

/** Menu: normalize, merge sure duplicates, highlight, log; a summary at the end. */
export function menuCleanSheet(): void {
  runMenuAction(TITLE, () => withDocumentLock('clean', () => applyPrepared(prepareClean())));
}

/** Menu: open the sidebar. */
export function menuOpenSidebar(): void {
  showSidebar(TITLE);
}

/** Menu: canonical values and dropdowns from the CRM Lists sheet. */
export function menuSetUpDropdowns(): void {
  runMenuAction(TITLE, () => withDocumentLock('dropdown setup', () => setUpDropdowns()));
}

/** Menu: warning-only protection on the selected columns. */
export function menuProtectKeyColumns(): void {
  runMenuAction(TITLE, () => protectKeyColumns());
}

/** Menu: flag the selected rows as outdated (asks why). */
export function menuFlagOutdated(): void {
  runMenuAction(TITLE, () => {
    const why = ask(TITLE, 'Why is this data outdated? (optional)');
    if (why === null) return { message: 'Nothing was flagged.' };
    return withDocumentLock('flag', () => flagOutdated(why));
  });
}

/** Menu: undo the newest journaled run; pressed again, the run before it (the summary names both). */
export function menuUndoLastClean(): void {
  runMenuAction(TITLE, () => withDocumentLock('undo', () => undoLastCleanRun()));
}

/** Menu: audit the active sheet now. */
export function menuRunAudit(): void {
  runMenuAction(TITLE, () => runAuditOnActiveSheet());
}

/** Menu: schedule audits of the active sheet weekly or monthly, or stop them. */
export function menuScheduleAudits(): void {
  runMenuAction(TITLE, () => {
    const answer = ask(
      'Schedule audits',
      `${readAuditSchedule().description}\n\nType "weekly" (e.g. "weekly monday 7"), "monthly" (e.g. "monthly 1 7": day 1-28, hour 0-23) or "stop".`,
    );
    if (answer === null) return { message: 'The audit schedule was not changed.' };
    const parsed = parseScheduleAnswer(answer);
    if (parsed === null) return { message: 'Type "weekly", "monthly" or "stop". The audit schedule was not changed.' };
    if (parsed === 'stop') return { message: stopAuditSchedule().description };
    return { message: `${scheduleAuditRun(parsed).description} Each audit adds a row to "CRM Audit History".` };
  });
}

/** Menu: preview, then move rows inactive for more than N months to "CRM Archive". */
export function menuArchiveInactiveRows(): void {
  runMenuAction(TITLE, () => {
    const preview = previewInactive();
    if (preview.inactive === 0) return { message: preview.message };
    const list = preview.sample.slice(0, 10).map((s) => `row ${s.row}: ${s.label}`).join('\n');
    const more = preview.inactive > 10 ? '\n…' : '';
    if (!confirm('Archive inactive rows', `${preview.message}\n\n${list}${more}\n\nMove them now?`)) return { message: 'Nothing was moved.' };
    return archiveInactive(preview.months);
  });
}

/** Menu: turn clean at entry on for the active sheet, or off. */
export function menuToggleEntryGuard(): void {
  runMenuAction(TITLE, () => setEntryGuardEnabled(!entryGuardInfo().enabled));
}
