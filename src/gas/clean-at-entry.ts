// "Clean at entry": switch the installable edit trigger on or off, and its handler.
import { createEditTrigger, deleteTriggers, documentTriggers, findOurs, replaceTrigger } from '../gas/triggers';
import { GUARD_HANDLER, GUARD_PROPERTY, dropIndex, handleEdit, readGuardConfig, type EditOutcome } from '../gas/entry-guard';
import { isAddonSheet, LOG_SHEET } from '../gas/sheet-names';
import { ensureSheet } from '../gas/addon-sheets';
import { LOG_HEADER } from '../gas/log-sheet';
import { settingsForSheet } from '../gas/settings-store';

export interface EntryGuardInfo {
  enabled: boolean;
  sheet: string;
  message: string;
}

export function entryGuardInfo(): EntryGuardInfo {
  const config = readGuardConfig(PropertiesService.getDocumentProperties().getProperty(GUARD_PROPERTY));
  if (!config?.enabled) return { enabled: false, sheet: '', message: 'Clean at entry is off.' };
  const live = findOurs(documentTriggers(), GUARD_HANDLER, config.triggerId).length > 0;
  if (!live) return { enabled: false, sheet: config.sheetName, message: 'Clean at entry is off (its trigger was removed).' };
  return { enabled: true, sheet: config.sheetName, message: `Clean at entry is on for "${config.sheetName}": typed and pasted values are normalized and duplicates are marked with a note.` };
}

export function setEntryGuardEnabled(enabled: unknown): EntryGuardInfo {
  const props = PropertiesService.getDocumentProperties();
  const saved = readGuardConfig(props.getProperty(GUARD_PROPERTY));
  if (enabled !== true) {
    deleteTriggers(findOurs(documentTriggers(), GUARD_HANDLER, saved?.triggerId));
    props.deleteProperty(GUARD_PROPERTY);
    dropIndex();
    return { enabled: false, sheet: '', message: 'Clean at entry is off.' };
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const name = sheet.getName();
  if (isAddonSheet(name)) throw new Error(`"${name}" is one of CRM Hygiene's own sheets. Open your CRM sheet and turn clean at entry on again.`);
  // Detect and save the header row, column roles and default country now, so that every edit
  // reads them from one property instead of detecting again.
  settingsForSheet(ss, sheet);
  // The log of what clean at entry changes exists from now on: an edit only appends to it.
  ensureSheet(ss, LOG_SHEET, LOG_HEADER);
  const triggerId = replaceTrigger(GUARD_HANDLER, saved?.triggerId, () => createEditTrigger(GUARD_HANDLER));
  props.setProperty(GUARD_PROPERTY, JSON.stringify({ enabled: true, sheetId: sheet.getSheetId(), sheetName: name, triggerId, since: new Date().toISOString() }));
  dropIndex();
  return entryGuardInfo();
}

export function onEditHandler(e: GoogleAppsScript.Events.SheetsOnEdit): EditOutcome {
  return handleEdit(e);
}
