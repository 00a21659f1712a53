// OAuth scopes: a project with `oauthScopes` in its manifest runs with exactly those, and a call
// that needs another scope fails with "You do not have permission to call X. Required
// permissions: ...". The scope each method needs is listed under "Authorization" on its reference
// page, e.g. Session.getActiveUser() needs https://www.googleapis.com/auth/userinfo.email
// (https://developers.google.com/apps-script/reference/base/session#getActiveUser()), ScriptApp and
// Trigger methods need script.scriptapp (https://developers.google.com/apps-script/reference/script/trigger),
// Spreadsheet services spreadsheets or spreadsheets.currentonly, Ui and HtmlService dialogs
// script.container.ui (https://developers.google.com/apps-script/concepts/scopes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const AUTH = 'https://www.googleapis.com/auth/';
const SHEETS = [`${AUTH}spreadsheets.currentonly`, `${AUTH}spreadsheets`];
const UI = [`${AUTH}script.container.ui`];
const SCRIPTAPP = [`${AUTH}script.scriptapp`];
const EMAIL = [`${AUTH}userinfo.email`];

/** Objects of the Spreadsheet service (by the fake's kind names). */
const SHEET_KINDS = new Set([
  'SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'Filter', 'Protection', 'DataValidation', 'DataValidationBuilder',
  'EmbeddedChart', 'EmbeddedChartBuilder',
]);

export interface Manifest {
  timeZone?: string;
  oauthScopes?: string[];
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as Manifest;
}

/** The scopes one of which a call needs, or null when it needs none. */
export function scopesFor(service: string, method: string): string[] | null {
  if ((service === 'SpreadsheetApp' && method === 'getUi') || service === 'Ui' || service === 'Menu') return UI;
  if (service === 'ScriptApp' || service === 'Trigger' || service.endsWith('TriggerBuilder')) return SCRIPTAPP;
  if (service === 'Session' && (method === 'getActiveUser' || method === 'getEffectiveUser')) return EMAIL;
  if (SHEET_KINDS.has(service)) return SHEETS;
  return null;
}

/** Throws as Apps Script does when the manifest's scopes do not allow the call. */
export function checkScopes(manifest: Manifest, service: string, method: string): void {
  const granted = manifest.oauthScopes;
  if (!granted) return; // no explicit scopes: Apps Script infers them from the code
  const needed = scopesFor(service, method);
  if (!needed || needed.some((s) => granted.includes(s))) return;
  throw new Error(`You do not have permission to call ${service}.${method}. Required permissions: ${needed.join(' || ')}`);
}
