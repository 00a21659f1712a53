// "Clean at entry": switch the installable edit trigger on or off (its handler is entry-guard.ts).
// One per document: an edit trigger fires for every editor's edits, whoever created it, and a
// second one (another collaborator's) would clean every edit twice. So when it is already on from
// someone else's account, the switch says whose and creates nothing; switching it off from another
// account marks it off, and the owner's trigger removes itself the next time it fires.
import type { EntryGuard } from '../contract/sidebar';
import { checkRoom, createEditTrigger, deleteTriggersById, editTriggersHere, triggerById } from './triggers';
import { GUARD_HANDLER, GUARD_PROPERTY, dropIndex, readGuardConfig, type GuardConfig } from './entry-guard';
import { isAddonSheet, LOG_SHEET } from './sheet-names';
import { ensureSheet } from './addon-sheets';
import { LOG_HEADER } from './log-sheet';
import { settingsForSheet } from './settings-store';
import { said, userError } from './messages';
import { effectiveUser } from './run-context';

/** The owner when it is someone other than the current user. */
function otherOwner(config: GuardConfig | null): string | undefined {
  return config?.owner && config.owner !== effectiveUser() ? config.owner : undefined;
}

function readConfig(): GuardConfig | null {
  return readGuardConfig(PropertiesService.getDocumentProperties().getProperty(GUARD_PROPERTY));
}

export function entryGuardInfo(): EntryGuard {
  const config = readConfig();
  if (!config?.enabled) return { enabled: false, sheet: '', message: said('msg.entry.off') };
  const owner = otherOwner(config);
  const live = owner !== undefined || triggerById(config.triggerId) !== null || editTriggersHere(GUARD_HANDLER).length > 0;
  if (!live) return { enabled: false, sheet: config.sheetName, message: said('msg.entry.removed') };
  if (owner) {
    return { enabled: true, sheet: config.sheetName, owner, message: said('msg.entryGuardOwnedBy', { sheet: config.sheetName, owner }) };
  }
  return { enabled: true, sheet: config.sheetName, message: said('msg.entry.on', { sheet: config.sheetName }) };
}

/** The current user's edit triggers of clean at entry in this document (saved id, and older ones by source). */
function myTriggerIds(config: GuardConfig | null): string[] {
  return [config?.triggerId, ...editTriggersHere(GUARD_HANDLER).map((t) => t.getUniqueId())].filter((id): id is string => Boolean(id));
}

export function setEntryGuardEnabled(enabled: unknown): EntryGuard {
  const props = PropertiesService.getDocumentProperties();
  const saved = readConfig();
  const owner = otherOwner(saved);
  if (enabled !== true) {
    if (owner && saved) {
      props.setProperty(GUARD_PROPERTY, JSON.stringify({ ...saved, enabled: false }));
    } else {
      deleteTriggersById(myTriggerIds(saved));
      props.deleteProperty(GUARD_PROPERTY);
    }
    dropIndex();
    return { enabled: false, sheet: '', message: said('msg.entry.off') };
  }
  if (saved?.enabled && owner) return entryGuardInfo();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  const name = sheet.getName();
  if (isAddonSheet(name)) throw userError('msg.addonSheet', { sheet: name });
  // Detect and save the header row, column roles and default country now, so that every edit
  // reads them from one property instead of detecting again.
  settingsForSheet(ss, sheet);
  // The log of what clean at entry changes exists from now on: an edit only appends to it.
  ensureSheet(ss, LOG_SHEET, LOG_HEADER);
  const old = owner ? [] : myTriggerIds(saved);
  checkRoom(old.length);
  deleteTriggersById(old);
  const triggerId = createEditTrigger(GUARD_HANDLER).getUniqueId();
  const config: GuardConfig = { enabled: true, sheetId: sheet.getSheetId(), sheetName: name, triggerId, since: new Date().toISOString(), owner: effectiveUser() };
  props.setProperty(GUARD_PROPERTY, JSON.stringify(config));
  dropIndex();
  return entryGuardInfo();
}
