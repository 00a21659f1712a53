// Session and Utilities: the user, UUIDs and date formatting (a SimpleDateFormat subset).
import { randomUUID } from 'node:crypto';
import type { FakeEnv } from './env';
import { isDate } from './sheet-data';

/** The script's zone is the manifest's timeZone (https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()). */
export function makeSession(env: FakeEnv, scriptTimeZone: () => string): Record<string, unknown> {
  return {
    getActiveUser: () => ({ getEmail: () => env.userEmail }),
    getEffectiveUser: () => ({ getEmail: () => env.effectiveUserEmail }),
    getScriptTimeZone: scriptTimeZone,
    getActiveUserLocale: () => 'en',
  };
}

function parts(date: Date, timeZone: string): Record<string, string> {
  const fmt = new Intl.DateTimeFormat('en-US', {
    timeZone: timeZone === 'GMT' ? 'UTC' : timeZone,
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  });
  const out: Record<string, string> = {};
  for (const p of fmt.formatToParts(date)) out[p.type] = p.value;
  return out;
}

export function makeUtilities(): Record<string, unknown> {
  return {
    getUuid: () => randomUUID(),
    sleep: (_ms: number) => undefined,
    formatDate(date: Date, timeZone: string, format: string): string {
      if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') throw new Error('Invalid argument: date/timeZone/format');
      const p = parts(date, timeZone);
      const table: Record<string, string> = {
        yyyy: p.year ?? '', MM: p.month ?? '', dd: p.day ?? '', HH: p.hour ?? '', mm: p.minute ?? '', ss: p.second ?? '',
      };
      return format.replace(/'([^']*)'|yyyy|MM|dd|HH|mm|ss/g, (m, quoted: string | undefined) => (quoted !== undefined ? quoted : table[m] ?? m));
    },
  };
}
