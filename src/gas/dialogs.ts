// Showing results and errors to the person who clicked: an alert and a toast in the UI; a plain
// log line when there is no UI (triggers).
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
