// A strict in-memory fake of the Apps Script services the add-on uses. Only what the code
// calls is implemented; anything else is undefined so a call to it fails loudly, as it would
// if the real service lacked it.
import { CallLog } from './calls';
import { FakeProperties } from './properties';

export interface FakeGasOptions {
  locale?: string;
  documentProperties?: Record<string, string>;
}

export interface FakeGas {
  calls: CallLog;
  documentProperties: FakeProperties;
  userProperties: FakeProperties;
  /** The globals to put in the vm context (SpreadsheetApp, PropertiesService, ...). */
  globals: Record<string, unknown>;
}

export function createFakeGas(opts: FakeGasOptions = {}): FakeGas {
  const calls = new CallLog();
  const documentProperties = new FakeProperties(calls, 'DocumentProperties');
  const userProperties = new FakeProperties(calls, 'UserProperties');
  for (const [k, v] of Object.entries(opts.documentProperties ?? {})) documentProperties.setProperty(k, v);
  calls.reset();
  const locale = opts.locale ?? 'en_US';
  const spreadsheet = {
    getSpreadsheetLocale(): string {
      calls.count('Spreadsheet.getSpreadsheetLocale');
      return locale;
    },
  };
  const globals: Record<string, unknown> = {
    SpreadsheetApp: {
      getActiveSpreadsheet() {
        calls.count('SpreadsheetApp.getActiveSpreadsheet');
        return spreadsheet;
      },
    },
    PropertiesService: {
      getDocumentProperties() {
        calls.count('PropertiesService.getDocumentProperties');
        return documentProperties;
      },
      getUserProperties() {
        calls.count('PropertiesService.getUserProperties');
        return userProperties;
      },
    },
  };
  return { calls, documentProperties, userProperties, globals };
}
