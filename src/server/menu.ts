// The "CRM Hygiene" menu and what its items run. onOpen works in AuthMode.NONE: it only builds
// the menu (no properties, no sheet reads before the user has authorized the add-on).
import { withDocumentLock } from '../gas/document-lock';
import { applyPrepared, prepareClean } from '../gas/clean-sheet';
import { undoLastCleanRun } from '../gas/undo-clean';
import { flagOutdated, protectKeyColumns, setUpDropdowns } from '../gas/sheet-tools';
import { continueJob, readProgress, type CleanProgress } from '../gas/clean-job';
import { runMenuAction } from './ui-feedback';

const TITLE = 'CRM Hygiene';

/**
 * Adds the CRM Hygiene menu when the spreadsheet opens (works before authorization).
 * @param {Object} e the open event
 */
export function onOpen(_e?: unknown): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Clean this sheet', 'menuCleanSheet')
    .addItem('Open sidebar', 'menuOpenSidebar')
    .addSeparator()
    .addItem('Set up dropdowns', 'menuSetUpDropdowns')
    .addItem('Protect key columns', 'menuProtectKeyColumns')
    .addItem('Flag as outdated', 'menuFlagOutdated')
    .addSeparator()
    .addItem('Run audit now', 'menuRunAudit')
    .addItem('Schedule audits', 'menuScheduleAudits')
    .addItem('Archive inactive rows', 'menuArchiveInactiveRows')
    .addItem('Clean at entry (on/off)', 'menuToggleEntryGuard')
    .addSeparator()
    .addItem('Undo last clean', 'menuUndoLastClean')
    .addToUi();
}

/**
 * Runs when the add-on is installed: same menu as onOpen.
 * @param {Object} e the install event
 */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/** Menu: normalize, merge sure duplicates, highlight, log; a summary at the end. */
export function menuCleanSheet(): void {
  runMenuAction(TITLE, () => withDocumentLock('clean', () => applyPrepared(prepareClean())));
}

/** Menu: open the sidebar. */
export function menuOpenSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
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
    const ui = SpreadsheetApp.getUi();
    const answer = ui.prompt(TITLE, 'Why is this data outdated? (optional)', ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return { message: 'Nothing was flagged.' };
    return withDocumentLock('flag', () => flagOutdated(answer.getResponseText()));
  });
}



/** Menu: undo the last clean exactly. */
export function menuUndoLastClean(): void {
  runMenuAction(TITLE, () => withDocumentLock('undo', () => undoLastCleanRun()));
}


/** Time-driven trigger (one-off): the next time-boxed chunk of a clean too big for one execution. */
export function continueCleanSheet(): void {
  try {
    continueJob();
  } catch (e) {
    console.log(`CRM Hygiene: continuing the clean failed: ${(e as Error).message}`);
  }
}

/** Sidebar: progress of the last clean (running in the background, done or stopped), or null. */
export function getCleanProgress(): CleanProgress | null {
  return readProgress();
}
