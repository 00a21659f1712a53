// The "CRM Hygiene" menu and what its items run: each item asks what it needs (a dialog at most)
// and calls the src/gas module of that feature; results and errors come back as one alert, in the
// user's language.
import { addMenu, ask, confirm, runMenuAction, showSidebar, type MenuItem } from '../gas/dialogs';
import { said } from '../gas/messages';
import { withDocumentLock } from '../gas/document-lock';
import { applyPrepared, prepareClean } from '../gas/clean-sheet';
import { undoLastCleanRun } from '../gas/undo-clean';
import { flagOutdated, protectKeyColumns, setUpDropdowns } from '../gas/sheet-tools';
import { runAuditOnActiveSheet } from '../gas/audit-runner';
import { archiveInactive, previewInactive } from '../gas/archive-inactive';
import { entryGuardInfo, setEntryGuardEnabled } from '../gas/clean-at-entry';

/** How many inactive rows the menu's confirmation lists before "…". */
const ARCHIVE_LISTED = 10;

// Captions come from the catalogues (menu.*); the functions are the top-level entry points below.
const MENU: readonly MenuItem[] = [
  ['menu.clean', 'menuCleanSheet'],
  ['menu.sidebar', 'menuOpenSidebar'],
  null,
  ['menu.dropdowns', 'menuSetUpDropdowns'],
  ['menu.protect', 'menuProtectKeyColumns'],
  ['menu.flag', 'menuFlagOutdated'],
  null,
  ['menu.audit', 'menuRunAudit'],
  ['menu.schedule', 'menuScheduleAudits'],
  ['menu.archive', 'menuArchiveInactiveRows'],
  ['menu.entry', 'menuToggleEntryGuard'],
  null,
  ['menu.undo', 'menuUndoLastClean'],
];

/** The menu again, in the language just chosen in Settings. */
export function refreshMenu(): void {
  addMenu(MENU);
}

/**
 * Adds the CRM Hygiene menu when the spreadsheet opens (works before authorization).
 * @param {Object} e the open event
 */
export function onOpen(e?: { authMode?: unknown }): void {
  addMenu(MENU, e?.authMode);
}

/**
 * Runs when the add-on is installed: same menu as onOpen.
 * @param {Object} e the install event
 */
export function onInstall(e?: { authMode?: unknown }): void {
  addMenu(MENU, e?.authMode);
}

/**
 * Menu: normalize, merge sure duplicates, highlight, log; a summary at the end. A clean too big
 * for one execution opens the sidebar, which carries it on far sooner than the hourly trigger.
 */
export function menuCleanSheet(): void {
  let waiting = false;
  runMenuAction(() => {
    const result = withDocumentLock('clean', () => applyPrepared(prepareClean()));
    waiting = !result.done;
    return result;
  });
  if (waiting) showSidebar();
}

/** Menu: open the sidebar. */
export function menuOpenSidebar(): void {
  showSidebar();
}

/** Menu: canonical values and dropdowns from the CRM Lists sheet. */
export function menuSetUpDropdowns(): void {
  runMenuAction(() => withDocumentLock('dropdown setup', () => setUpDropdowns()));
}

/** Menu: warning-only protection on the selected columns. */
export function menuProtectKeyColumns(): void {
  runMenuAction(() => protectKeyColumns());
}

/** Menu: flag the selected rows as outdated (asks why). */
export function menuFlagOutdated(): void {
  runMenuAction((lang) => {
    const why = ask('menu.flag', said('msg.flag.ask'), lang);
    if (why === null) return { message: said('msg.flag.none') };
    return withDocumentLock('flag', () => flagOutdated(why));
  });
}

/** Menu: undo the newest journaled run; pressed again, the run before it (the summary names both). */
export function menuUndoLastClean(): void {
  runMenuAction(() => withDocumentLock('undo', () => undoLastCleanRun()));
}

/** Menu: audit the active sheet now. */
export function menuRunAudit(): void {
  runMenuAction(() => runAuditOnActiveSheet());
}

/** Menu: the sidebar's Audits tab, where a day and an hour are picked (no typed answer to parse). */
export function menuScheduleAudits(): void {
  showSidebar('audits');
}

/** Menu: preview, then move rows inactive for more than N months to "CRM Archive". */
export function menuArchiveInactiveRows(): void {
  runMenuAction((lang) => {
    const preview = previewInactive();
    if (preview.inactive === 0) return { message: preview.message };
    const rows = preview.sample.slice(0, ARCHIVE_LISTED).map((s) => said('msg.archive.rowLine', { row: s.row, label: s.label }));
    if (preview.inactive > ARCHIVE_LISTED) rows.push(said('msg.archive.moreRows', { n: preview.inactive - ARCHIVE_LISTED }));
    const question = { ...preview.message, more: [...rows, said('msg.archive.ask')] };
    if (!confirm('menu.archive', question, lang)) return { message: said('msg.archive.notMoved') };
    return archiveInactive(preview.months);
  });
}

/** Menu: turn clean at entry on for the active sheet, or off. */
export function menuToggleEntryGuard(): void {
  runMenuAction(() => setEntryGuardEnabled(!entryGuardInfo().enabled));
}
