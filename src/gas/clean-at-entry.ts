// "Clean at entry": switch the installable edit trigger on or off (its handler is entry-guard.ts).
import type { EntryGuard } from '../contract/sidebar';
import { createEditTrigger, deleteTriggers, documentTriggers, findOurs, replaceTrigger } from './triggers';
import { GUARD_HANDLER, GUARD_PROPERTY, dropIndex, readGuardConfig } from './entry-guard';
import { isAddonSheet, LOG_SHEET } from './sheet-names';
import { ensureSheet } from './addon-sheets';
import { LOG_HEADER } from './log-sheet';
import { settingsForSheet } from './settings-store';
import { said, userError } from './messages';

export function entryGuardInfo(): EntryGuard {
  const config = readGuardConfig(PropertiesService.getDocumentProperties().getProperty(GUARD_PROPERTY));
  if (!config?.enabled) return { enabled: false, sheet: '', message: said('msg.entry.off') };
  const live = findOurs(documentTriggers(), GUARD_HANDLER, config.triggerId).length > 0;
  if (!live) return { enabled: false, sheet: config.sheetName, message: said('msg.entry.removed') };
  return { enabled: true, sheet: config.sheetName, message: said('msg.entry.on', { sheet: config.sheetName }) };
}

export function setEntryGuardEnabled(enabled: unknown): EntryGuard {
  const props = PropertiesService.getDocumentProperties();
  const saved = readGuardConfig(props.getProperty(GUARD_PROPERTY));
  if (enabled !== true) {
    deleteTriggers(findOurs(documentTriggers(), GUARD_HANDLER, saved?.triggerId));
    props.deleteProperty(GUARD_PROPERTY);
    dropIndex();
    return { enabled: false, sheet: '', message: said('msg.entry.off') };
  }
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const name = sheet.getName();
  if (isAddonSheet(name)) throw userError('msg.addonSheet', { sheet: name });
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
