// A strict in-memory fake of the Apps Script services the add-on uses. Only what the code
// calls is implemented; anything else is undefined so a call to it fails loudly, as it would
// if the real service lacked it. Every call is counted in `calls`.
import { join } from 'node:path';
import { CallLog } from './calls';
import { FakeProperties } from './properties';
import { FakeEnv, type AuthModeName } from './env';
import { Exposer } from './counted';
import { FakeSpreadsheet } from './spreadsheet';
import type { FakeSheet } from './sheet';
import { FakeDataValidationBuilder, DataValidationCriteria } from './validation';
import { ProtectionType, type FakeProtection } from './protection';
import { DocumentLockState, FakeLock } from './lock';
import { FakeCache } from './cache';
import { AuthMode, EventType, FakeTriggerBuilder, TriggerSource, TriggerStore, WeekDay, type FakeTrigger } from './triggers';
import { FakeHtmlService, FakeUi, newUiState, type FakeUiState } from './ui';
import { makeSession, makeUtilities } from './session';
import { loadSheet, type SheetContent } from './load-sheet';
import { checkScopes, readManifest, type Manifest } from './scopes';
import { checkTimeZone } from './zone';

export interface FakeGasOptions {
  locale?: string;
  /** The spreadsheet's time zone (File > Settings); default Etc/UTC. */
  timeZone?: string;
  /** An installed editor add-on (default) or a script bound to the spreadsheet: trigger rules differ. */
  addon?: boolean;
  /** The manifest (default: dist/appsscript.json): its timeZone and oauthScopes apply. */
  manifest?: Manifest;
  documentProperties?: Record<string, string>;
  /** Folder holding the HTML files (default: dist/). */
  htmlDir?: string;
}

export interface FakeGas {
  calls: CallLog;
  env: FakeEnv;
  documentProperties: FakeProperties;
  userProperties: FakeProperties;
  scriptProperties: FakeProperties;
  /** The spreadsheet itself (unwrapped: tests may inspect it without counting calls). */
  spreadsheet: FakeSpreadsheet;
  ui: FakeUiState;
  lock: DocumentLockState;
  triggers: TriggerStore;
  documentCache: FakeCache;
  /** Fills a sheet (creating it when missing) without counting calls; returns it. */
  addSheet(name: string, content: SheetContent): FakeSheet;
  /** Protects a range so that only `editors` may write it. */
  protect(sheet: FakeSheet, a1: string, editors: string[]): FakeProtection;
  setAuthMode(mode: AuthModeName): void;
  manifest: Manifest;
  /** The globals to put in the vm context (SpreadsheetApp, PropertiesService, ...). */
  globals: Record<string, unknown>;
}

const NONE_ALLOWED = new Set(['SpreadsheetApp.getUi', 'Ui.createAddonMenu', 'Ui.createMenu', 'Menu.addItem', 'Menu.addSeparator', 'Menu.addSubMenu', 'Menu.addToUi']);

export function createFakeGas(opts: FakeGasOptions = {}): FakeGas {
  const calls = new CallLog();
  const env = new FakeEnv();
  const htmlDir = opts.htmlDir ?? join(import.meta.dirname, '../../dist');
  const manifest = opts.manifest ?? readManifest(htmlDir);
  const scriptTimeZone = (): string => manifest.timeZone ?? 'Etc/UTC';
  const documentProperties = new FakeProperties(calls, 'DocumentProperties');
  const userProperties = new FakeProperties(calls, 'UserProperties');
  const scriptProperties = new FakeProperties(calls, 'ScriptProperties');
  for (const [k, v] of Object.entries(opts.documentProperties ?? {})) documentProperties.setProperty(k, v);
  const spreadsheet = new FakeSpreadsheet(() => env.userEmail, opts.locale ?? 'en_US', checkTimeZone(opts.timeZone ?? 'Etc/UTC'));
  const ui = newUiState();
  const lock = new DocumentLockState();
  const triggers = new TriggerStore(() => env.now(), scriptTimeZone, () => ({ owner: env.userEmail, docId: spreadsheet.getId() }));
  triggers.addon = opts.addon ?? true;
  const documentCache = new FakeCache(env);
  const userCache = new FakeCache(env);
  const scriptCache = new FakeCache(env);

  const guard = (service: string, method: string): void => {
    const name = `${service}.${method}`;
    if (env.authMode === 'NONE' && !NONE_ALLOWED.has(name)) {
      throw new Error(`You do not have permission to call ${name}. Required permissions: the add-on must be authorized (AuthMode.NONE).`);
    }
    if (env.context === 'trigger' && name === 'SpreadsheetApp.getUi') throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    checkScopes(manifest, service, method);
  };
  const exposer = new Exposer(calls, guard);
  const uiObject = new FakeUi(ui, 'CRM Hygiene');
  const lockObject = new FakeLock(lock);
  const expose = <T extends object>(target: T, name: string): T => exposer.expose(target, name);

  const globals: Record<string, unknown> = {
    SpreadsheetApp: expose({
      DataValidationCriteria,
      ProtectionType,
      getActiveSpreadsheet: () => spreadsheet,
      getActive: () => spreadsheet,
      getActiveSheet: () => spreadsheet.getActiveSheet(),
      getActiveRange: () => spreadsheet.getActiveRange(),
      getUi: () => uiObject,
      flush: () => undefined,
      newDataValidation: () => new FakeDataValidationBuilder(),
    }, 'SpreadsheetApp'),
    PropertiesService: expose({
      getDocumentProperties: () => documentProperties,
      getUserProperties: () => userProperties,
      getScriptProperties: () => scriptProperties,
    }, 'PropertiesService'),
    LockService: expose({
      getDocumentLock: () => lockObject,
      getScriptLock: () => lockObject,
      getUserLock: () => lockObject,
    }, 'LockService'),
    CacheService: expose({
      getDocumentCache: () => documentCache,
      getUserCache: () => userCache,
      getScriptCache: () => scriptCache,
    }, 'CacheService'),
    ScriptApp: expose({
      AuthMode, WeekDay, EventType, TriggerSource,
      newTrigger: (fn: string) => new FakeTriggerBuilder(triggers, fn),
      getProjectTriggers: () => triggers.visible(),
      getUserTriggers: (doc: FakeSpreadsheet) => triggers.ofDocument(doc.getId()),
      deleteTrigger: (t: FakeTrigger) => triggers.remove(t),
    }, 'ScriptApp'),
    HtmlService: expose(new FakeHtmlService(htmlDir), 'HtmlService'),
    Session: expose(makeSession(env, scriptTimeZone), 'Session'),
    // The script's clock is the fake's: tests move it forward to fire clock triggers.
    Date: fakeDate(env),
    Utilities: expose(makeUtilities(), 'Utilities'),
  };
  calls.reset();

  return {
    calls, env, documentProperties, userProperties, scriptProperties, spreadsheet, ui, lock, triggers, documentCache, globals, manifest,
    addSheet(name, content) {
      const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.addSheet(name, undefined, Math.max(1000, content.values.length + 10), Math.max(26, content.values[0]?.length ?? 0));
      loadSheet(sheet, content);
      return sheet;
    },
    protect(sheet, a1, editors) {
      const p = spreadsheet.addProtection(sheet, sheet.getRange(a1).box);
      p.editors = editors.slice();
      return p;
    },
    setAuthMode(mode) {
      env.authMode = mode;
    },
  };
}

/** A Date whose "now" is the fake's clock (new Date(), Date.now()); everything else is Date's. */
function fakeDate(env: FakeEnv): DateConstructor {
  class ClockDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(env.now());
      else super(...(args as [string]));
    }
    static override now(): number {
      return env.now();
    }
  }
  return ClockDate as unknown as DateConstructor;
}
