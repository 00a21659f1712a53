// The add-on's own UI in the spreadsheet: the menu, the sidebar window, and the alerts, prompts
// and toasts of menu actions. Results and errors reach the person who clicked as an alert and a
// toast; with no UI (triggers) they become a plain log line.

/** A menu item (caption, name of the top-level function it runs), or null for a separator. */
export type MenuItem = readonly [caption: string, functionName: string] | null;

/** Adds the add-on's menu (works in AuthMode.NONE: no properties, no sheet reads). */
export function addMenu(items: readonly MenuItem[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) {
    if (item) menu.addItem(item[0], item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** Opens the sidebar (dist/Sidebar.html). */
export function showSidebar(title: string): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(title);
  SpreadsheetApp.getUi().showSidebar(html);
}

export function tell(title: string, message: string): void {
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(message.split('\n')[0] ?? '', title, 10);
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, message, ui.ButtonSet.OK);
  } catch {
    console.log(`${title}: ${message}`);
  }
}

/** Runs a menu action: its message on success, a clear sentence (never a stack) on failure. */
export function runMenuAction(title: string, action: () => { message: string }): void {
  try {
    tell(title, action().message);
  } catch (e) {
    tell(title, e instanceof Error ? e.message : String(e));
  }
}

/** A question with OK / Cancel: the typed answer, or null when cancelled. */
export function ask(title: string, question: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(title, question, ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : null;
}

/** A yes / no question: true for yes. */
export function confirm(title: string, question: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, question, ui.ButtonSet.YES_NO) === ui.Button.YES;
}
