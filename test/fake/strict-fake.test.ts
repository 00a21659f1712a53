// The fake is as strict as Apps Script where the add-on depends on it (issue 10): one test per rule,
// each citing the reference page in the fake's source. Run in a process zone (Honolulu) unlike the
// spreadsheet's.
import { describe, expect, it } from 'vitest';
import { createFakeGas, type FakeGas } from './gas';
import { PROCESS_TIME_ZONE } from '../setup/process-zone';

type Obj = Record<string, (...a: unknown[]) => unknown>;
const call = <T>(o: unknown, method: string, ...args: unknown[]): T => (o as Obj)[method]?.(...args) as T;
const HOUR = 3_600_000;

function ss(gas: FakeGas): Obj {
  return call<Obj>(gas.globals.SpreadsheetApp, 'getActiveSpreadsheet');
}
function range(gas: FakeGas, a1: string): Obj {
  return call<Obj>(call<Obj>(ss(gas), 'getActiveSheet'), 'getRange', a1);
}
function clock(gas: FakeGas, build: (b: Obj) => Obj, handler = 'tick'): unknown {
  const scriptApp = gas.globals.ScriptApp as Obj;
  return call(build(call<Obj>(call<Obj>(scriptApp, 'newTrigger', handler), 'timeBased')), 'create');
}

describe('strict fake: time zones', () => {
  it('runs in a process zone unlike the spreadsheet\'s', () => {
    expect(process.env.TZ).toBe(PROCESS_TIME_ZONE);
    expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(600);
    expect(call(ss(createFakeGas({ timeZone: 'Asia/Jakarta' })), 'getSpreadsheetTimeZone')).toBe('Asia/Jakarta');
  });

  it('getValues gives a date cell as midnight in the spreadsheet\'s zone', () => {
    for (const [zone, iso] of [['Asia/Jakarta', '1990-04-30T17:00:00.000Z'], ['Europe/Prague', '1990-04-30T22:00:00.000Z'], ['America/New_York', '1990-05-01T04:00:00.000Z']]) {
      const gas = createFakeGas({ timeZone: zone });
      call(range(gas, 'A1'), 'setValue', '1990-05-01'); // typed
      const v = call<unknown[][]>(range(gas, 'A1'), 'getValues')[0]?.[0] as Date;
      expect(v.toISOString(), zone).toBe(iso);
      expect(call<string[][]>(range(gas, 'A1'), 'getDisplayValues')[0]?.[0]).toBe('1990-05-01');
    }
  });

  it('setValues of a Date stores that instant; a zone change keeps the wall clock (other instants)', () => {
    const gas = createFakeGas({ timeZone: 'Europe/Prague' });
    const instant = new Date(Date.UTC(2024, 2, 31, 6, 30)); // 08:30 in Prague (summer time)
    call(range(gas, 'B2'), 'setValues', [[instant]]);
    expect((call<unknown[][]>(range(gas, 'B2'), 'getValues')[0]?.[0] as Date).getTime()).toBe(instant.getTime());
    expect(call<string[][]>(range(gas, 'B2'), 'getDisplayValues')[0]?.[0]).toBe('2024-03-31 08:30:00');
    call(ss(gas), 'setSpreadsheetTimeZone', 'America/New_York');
    expect((call<unknown[][]>(range(gas, 'B2'), 'getValues')[0]?.[0] as Date).toISOString()).toBe('2024-03-31T12:30:00.000Z');
    expect(() => call(ss(gas), 'setSpreadsheetTimeZone', 'Mars/Olympus')).toThrow(/Invalid argument: timeZone/);
  });

  it('Utilities.formatDate uses the zone it is given; the script\'s zone is the manifest\'s', () => {
    const gas = createFakeGas({ timeZone: 'Asia/Jakarta' });
    const d = new Date(Date.UTC(1990, 3, 30, 17));
    expect(call(gas.globals.Utilities, 'formatDate', d, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm')).toBe('1990-05-01 00:00');
    expect(call(gas.globals.Utilities, 'formatDate', d, 'Etc/UTC', 'yyyy-MM-dd')).toBe('1990-04-30');
    expect(call(gas.globals.Session, 'getScriptTimeZone')).toBe(gas.manifest.timeZone);
  });

  it('the script\'s clock is the fake\'s: new Date() and Date.now() follow env.advance()', () => {
    const gas = createFakeGas();
    const ClockDate = gas.globals.Date as DateConstructor;
    const before = new ClockDate().getTime();
    gas.env.advance(7 * 24 * HOUR);
    expect(new ClockDate().getTime() - before).toBeGreaterThanOrEqual(7 * 24 * HOUR);
    expect(ClockDate.now() - Date.now()).toBeGreaterThanOrEqual(7 * 24 * HOUR - 1000);
    expect(new ClockDate(Date.UTC(2024, 0, 1)).toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });
});

describe('strict fake: add-on triggers', () => {
  it('one clock trigger per user per document; another user or document has its own', () => {
    const gas = createFakeGas();
    clock(gas, (b) => call(call(b, 'everyWeeks', 1), 'onWeekDay', 'MONDAY'));
    expect(() => clock(gas, (b) => call(b, 'everyHours', 1))).toThrow(/too many time-based triggers in this document/);
    gas.env.userEmail = 'colleague@example.com';
    expect(() => clock(gas, (b) => call(b, 'everyHours', 1))).not.toThrow();
    gas.triggers.add('tick', { kind: 'hours', every: 1 }, { owner: 'owner@example.com', docId: 'other-doc' });
    expect(gas.triggers.triggers).toHaveLength(3);
    // Outside add-on mode (a bound script) two clock triggers are fine.
    const bound = createFakeGas({ addon: false });
    clock(bound, (b) => call(b, 'everyHours', 1));
    clock(bound, (b) => call(b, 'after', 5000));
    expect(bound.triggers.triggers).toHaveLength(2);
  });

  it('at most hourly: everyMinutes refused, after(5000) fires no sooner than an hour later', () => {
    const gas = createFakeGas();
    expect(() => clock(gas, (b) => call(b, 'everyMinutes', 5))).toThrow(/more often than once an hour/);
    clock(gas, (b) => call(b, 'after', 5000));
    const t = gas.triggers.triggers[0];
    if (!t) throw new Error('no trigger');
    expect((gas.triggers.nextFire(t) ?? 0) - t.created).toBe(HOUR);
    // It stays listed after it fired, until the script deletes it.
    t.firedAt = gas.triggers.nextFire(t);
    expect(gas.triggers.nextFire(t)).toBeNull();
    expect(call<unknown[]>(gas.globals.ScriptApp, 'getProjectTriggers')).toHaveLength(1);
  });

  it('getUserTriggers(spreadsheet) lists no clock trigger; getProjectTriggers the current user\'s only', () => {
    const gas = createFakeGas();
    clock(gas, (b) => call(b, 'everyHours', 1));
    const edit = call<Obj>(call<Obj>(call<Obj>(gas.globals.ScriptApp, 'newTrigger', 'onEditHandler'), 'forSpreadsheet', ss(gas)), 'onEdit');
    call(edit, 'create');
    const user = call<Obj[]>(gas.globals.ScriptApp, 'getUserTriggers', ss(gas));
    expect(user.map((t) => call(t, 'getEventType'))).toEqual(['ON_EDIT']);
    expect(call<Obj[]>(gas.globals.ScriptApp, 'getProjectTriggers')).toHaveLength(2);
    gas.env.userEmail = 'colleague@example.com';
    expect(call<Obj[]>(gas.globals.ScriptApp, 'getProjectTriggers')).toHaveLength(0);
    expect(() => call(gas.globals.ScriptApp, 'deleteTrigger', gas.triggers.triggers[0])).toThrow(/Invalid argument/);
  });

  it('atHour is in the inTimezone zone, else in the script\'s zone (the manifest\'s)', () => {
    const gas = createFakeGas({ timeZone: 'Asia/Jakarta' });
    const weekly = (b: Obj): Obj => call<Obj>(call<Obj>(call<Obj>(b, 'everyWeeks', 1), 'onWeekDay', 'MONDAY'), 'atHour', 7);
    clock(gas, (b) => call(weekly(b), 'inTimezone', 'Asia/Jakarta'));
    const jakarta = gas.triggers.nextFire(gas.triggers.triggers[0] as never) as number;
    expect(new Date(jakarta).getUTCHours()).toBe(0); // 07:00 in Jakarta
    expect(new Date(jakarta).getUTCDay()).toBe(1);
    gas.env.userEmail = 'colleague@example.com';
    clock(gas, weekly);
    const utc = gas.triggers.nextFire(gas.triggers.triggers[1] as never) as number;
    expect(new Date(utc).getUTCHours()).toBe(7); // 07:00 in Etc/UTC, 14:00 in Jakarta
    expect(() => clock(gas, (b) => call(weekly(b), 'inTimezone', 'Nowhere/Else'))).toThrow(/timeZone/);
  });

  it('20 triggers per user per script', () => {
    const gas = createFakeGas();
    for (let i = 0; i < 20; i++) gas.triggers.add('tick', { kind: 'hours', every: 1 }, { docId: `doc-${i}` });
    expect(() => clock(gas, (b) => call(b, 'everyHours', 1))).toThrow(/too many triggers/);
  });
});

describe('strict fake: scopes from the manifest', () => {
  it('refuses a call the manifest\'s oauthScopes do not allow, with Apps Script\'s message', () => {
    const scopes = ['https://www.googleapis.com/auth/spreadsheets.currentonly'];
    const gas = createFakeGas({ manifest: { timeZone: 'Etc/UTC', oauthScopes: scopes } });
    expect(() => call(gas.globals.Session, 'getActiveUser')).toThrow(
      'You do not have permission to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email',
    );
    expect(() => call(gas.globals.ScriptApp, 'getProjectTriggers')).toThrow(/script\.scriptapp/);
    expect(() => call(gas.globals.SpreadsheetApp, 'getUi')).toThrow(/script\.container\.ui/);
    expect(call(ss(gas), 'getName')).toBe('CRM');
    expect(call(gas.globals.Session, 'getScriptTimeZone')).toBe('Etc/UTC');
    const withEmail = createFakeGas({ manifest: { oauthScopes: [...scopes, 'https://www.googleapis.com/auth/userinfo.email'] } });
    expect(call(call(withEmail.globals.Session, 'getActiveUser'), 'getEmail')).toBe('owner@example.com');
  });

  it('the built manifest allows every call the add-on makes', () => {
    const gas = createFakeGas();
    expect(gas.manifest.oauthScopes).toContain('https://www.googleapis.com/auth/userinfo.email');
    expect(call(call(gas.globals.Session, 'getEffectiveUser'), 'getEmail')).toBe('owner@example.com');
  });
});

describe('strict fake: property limits', () => {
  it('9 KB per value counted in UTF-8 bytes, with the reference\'s error', () => {
    const gas = createFakeGas();
    const props = call<Obj>(gas.globals.PropertiesService, 'getDocumentProperties');
    expect(() => call(props, 'setProperty', 'ascii', 'a'.repeat(9216))).not.toThrow();
    // 4,700 characters, but 9,400 bytes: Vietnamese letters take two or three bytes each.
    expect(() => call(props, 'setProperty', 'vi', 'ệ'.repeat(3200))).toThrow('Argument too large: value');
    expect(() => call(props, 'setProperty', 'emoji', '😀'.repeat(2400))).toThrow('Argument too large: value');
    expect(call(props, 'getProperty', 'vi')).toBeNull();
  });

  it('500 KB per store, keys included; the value that does not fit is not kept', () => {
    const gas = createFakeGas();
    const props = call<Obj>(gas.globals.PropertiesService, 'getDocumentProperties');
    for (let i = 0; i < 56; i++) call(props, 'setProperty', `k${i}`, 'x'.repeat(9000));
    expect(() => call(props, 'setProperty', 'one-more', 'x'.repeat(9000))).toThrow(/exceeded the property storage quota/);
    expect(call(props, 'getProperty', 'one-more')).toBeNull();
    // Fill the store to 100 bytes below 500 KB; a longer value for an existing key then does not fit.
    const used = Object.entries(call<Record<string, string>>(props, 'getProperties')).reduce((n, [k, v]) => n + k.length + v.length, 0);
    call(props, 'setProperty', 'fill', 'x'.repeat(500 * 1024 - used - 'fill'.length - 100));
    expect(() => call(props, 'setProperty', 'k0', 'y'.repeat(9200))).toThrow(/exceeded the property storage quota/);
    expect(call(props, 'getProperty', 'k0')).toBe('x'.repeat(9000));
  });
});

describe('strict fake: array formulas', () => {
  function arrayIn(gas: FakeGas): void {
    gas.addSheet('Sheet1', {
      values: [['Email', 'Email (clean)'], [' A@X.CZ', ''], ['b@y.se ', ''], ['', '']],
      formulas: [{ row: 1, column: 2, formula: '={"Email (clean)"; ARRAYFORMULA(LOWER(TRIM(A2:A)))}', spill: [['Email (clean)'], ['a@x.cz'], ['b@y.se'], ['']] }],
    });
  }

  it('the cells an array fills have values but no formula of their own', () => {
    const gas = createFakeGas();
    arrayIn(gas);
    expect(call<unknown[][]>(range(gas, 'B1:B3'), 'getValues')).toEqual([['Email (clean)'], ['a@x.cz'], ['b@y.se']]);
    expect(call<string[][]>(range(gas, 'B1:B3'), 'getFormulas')).toEqual([['={"Email (clean)"; ARRAYFORMULA(LOWER(TRIM(A2:A)))}'], [''], ['']]);
  });

  it('writing a value into one breaks the formula with #REF!; clearing one changes nothing', () => {
    const gas = createFakeGas();
    arrayIn(gas);
    call(range(gas, 'B2'), 'clearContent');
    expect(call<unknown[][]>(range(gas, 'B2'), 'getValues')).toEqual([['a@x.cz']]);
    call(range(gas, 'B3'), 'setValues', [['b@y.se']]); // even the value it already shows
    expect(call<unknown[][]>(range(gas, 'B1:B3'), 'getValues')).toEqual([['#REF!'], [''], ['b@y.se']]);
    expect(call<string[][]>(range(gas, 'B1'), 'getFormulas')[0]?.[0]).toMatch(/ARRAYFORMULA/);
  });

  it('writing over the formula\'s own cell removes the array; sorting its cells is refused by the fake', () => {
    const gas = createFakeGas();
    arrayIn(gas);
    expect(() => call(range(gas, 'A1:B3'), 'sort', 1)).toThrow(/not modelled/);
    call(range(gas, 'B1'), 'setValue', 'Notes');
    expect(call<unknown[][]>(range(gas, 'B1:B3'), 'getValues')).toEqual([['Notes'], [''], ['']]);
  });
});
