// The add-on's own UI in the spreadsheet: the menu, the sidebar window, and the alerts, prompts
// and toasts of menu actions, all in the user's language (user-language.ts). Results and errors
// reach the person who clicked as an alert and a toast; with no UI (triggers) they become a plain
// log line in English.
import { englishText, isUserMessage, readErrorText, type Language, type UserMessage } from '../core/messages';
import { inLanguage, said, text } from './messages';
import { userLanguage } from './user-language';

/** A menu item (catalogue key of its caption, name of the top-level function it runs), or null for a separator. */
export type MenuItem = readonly [captionKey: string, functionName: string] | null;

/**
 * The words DESIGN.md's menu contract promises: these captions keep the English after the local
 * one ("Vyčistit list (Clean this sheet)"), so the contract's words are in every language.
 */
const ENGLISH_KEPT = new Set(['menu.clean', 'menu.sidebar', 'menu.dropdowns', 'menu.audit', 'menu.schedule', 'menu.undo']);

export function menuCaption(key: string, lang: Language): string {
  const local = text(key, lang);
  if (lang === 'en' || !ENGLISH_KEPT.has(key)) return local;
  return `${local} (${text(key, 'en')})`;
}

/** Adds the add-on's menu (works in AuthMode.NONE: no properties, no sheet reads). */
export function addMenu(items: readonly MenuItem[], authMode?: unknown): void {
  const lang = userLanguage(authMode);
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) {
    if (item) menu.addItem(menuCaption(item[0], lang), item[1]);
    else menu.addSeparator();
  }
  menu.addToUi();
}

/** Opens the sidebar (dist/Sidebar.html), on one of its tabs when `panel` is given. */
export function showSidebar(panel?: 'audits'): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(text('app.title', 'en'));
  // Read by the sidebar's start-up (sidebar/src/main.ts) before it draws its first tab.
  if (panel) html.append(`<script>window.crmHygieneOpen=${JSON.stringify(panel)};</script>`);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** A message as an alert and a toast in the user's language; a log line when there is no UI. */
export function tell(message: UserMessage, lang: Language = userLanguage()): void {
  const title = text('app.title', lang);
  const words = inLanguage(message, lang);
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(words.split('\n')[0] ?? '', title, 10);
    const ui = SpreadsheetApp.getUi();
    ui.alert(title, words, ui.ButtonSet.OK);
  } catch {
    console.log(`${title}: ${englishText(message)}`);
  }
}

/** What a failure says to a person: its own message when it carries one, else its text. */
export function failureMessage(e: unknown): UserMessage {
  const own = (e as { said?: unknown } | null)?.said;
  if (isUserMessage(own)) return own;
  const raw = e instanceof Error ? e.message : String(e);
  const { ref, message } = readErrorText(raw);
  if (ref) return { code: ref.code, params: ref.params, message };
  return said('msg.failed', { message: message.replace(/^Exception:\s*/, '') });
}

/** Runs a menu action: its message on success, a clear sentence (never a stack) on failure. */
export function runMenuAction(action: (lang: Language) => { message: UserMessage }): void {
  const lang = userLanguage();
  try {
    tell(action(lang).message, lang);
  } catch (e) {
    tell(failureMessage(e), lang);
  }
}

/** A question with OK / Cancel: the typed answer, or null when cancelled. */
export function ask(titleKey: string, question: UserMessage, lang: Language): string | null {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.prompt(text(titleKey, lang), inLanguage(question, lang), ui.ButtonSet.OK_CANCEL);
  return answer.getSelectedButton() === ui.Button.OK ? answer.getResponseText() : null;
}

/** A yes / no question: true for yes. */
export function confirm(titleKey: string, question: UserMessage, lang: Language): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(text(titleKey, lang), inLanguage(question, lang), ui.ButtonSet.YES_NO) === ui.Button.YES;
}
