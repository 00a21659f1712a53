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
    getActiveUserLocale: () => env.userLocale,
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
    // Utilities.parseDate(date, timeZone, format): the text read as wall-clock time in that zone
    // (a SimpleDateFormat subset: yyyy MM dd HH mm ss); text that does not fit throws, as in Apps Script.
    parseDate(date: string, timeZone: string, format: string): Date {
      if (typeof date !== 'string' || typeof timeZone !== 'string' || typeof format !== 'string') throw new Error('Invalid argument: date/timeZone/format');
      return parseWallTime(date, timeZone, format);
    },
  };
}

const FIELD_OF: Record<string, string> = { yyyy: 'year', MM: 'month', dd: 'day', HH: 'hour', mm: 'minute', ss: 'second' };

function parseWallTime(text: string, timeZone: string, format: string): Date {
  const names: string[] = [];
  const pattern = format.replace(/yyyy|MM|dd|HH|mm|ss|[.*+?^${}()|[\]\\]/g, (m) => {
    const field = FIELD_OF[m];
    if (!field) return `\\${m}`;
    names.push(field);
    return m === 'yyyy' ? '(\\d{4})' : '(\\d{1,2})';
  });
  const match = new RegExp(`^${pattern}$`).exec(text.trim());
  if (!match) throw new Error(`Unparseable date: "${text}"`);
  const f: Record<string, number> = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  names.forEach((name, i) => (f[name] = Number(match[i + 1])));
  const wanted = Date.UTC(f.year ?? 1970, (f.month ?? 1) - 1, f.day ?? 1, f.hour ?? 0, f.minute ?? 0, f.second ?? 0);
  // The instant whose wall-clock time in the zone is `wanted` (two passes settle DST edges).
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const p = parts(new Date(guess), timeZone);
    const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
    guess += wanted - wall;
  }
  return new Date(guess);
}
