/// <reference lib="dom" />
// The audit's words in the UI language, shown by both the Overview and the Audits panels: a
// finding kind's label, an audit's date and time, the trend of the score.
import { currentLanguage, label, t } from './i18n';
import type { AuditTrend } from '../../src/contract/sidebar';

/** A finding kind as the sidebar names it. */
export function kindLabel(kind: string): string {
  return label('kind', kind);
}

/** The spreadsheet's time zone: dates and times are shown as the sheet shows them, not the browser. */
let sheetTimeZone: string | undefined;

export function setSheetTimeZone(timeZone: string | undefined): void {
  sheetTimeZone = timeZone;
}

/** Intl options for the spreadsheet's zone (the browser's own when unknown or not supported). */
export function inSheetZone(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  if (!sheetTimeZone) return options;
  try {
    new Intl.DateTimeFormat('en', { timeZone: sheetTimeZone });
    return { ...options, timeZone: sheetTimeZone };
  } catch {
    return options;
  }
}

/** An audit's date and time in the UI language, in the spreadsheet's zone. */
export function formatDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLanguage(), inSheetZone({ dateStyle: 'medium', timeStyle: 'short' })).format(d);
}

/** The trend from the audit history in the UI language. */
export function trendText(trend: AuditTrend): string {
  if (trend.latest === null) return t('overview.noAudits');
  const score = Math.round(trend.latest * 10) / 10;
  const change = Math.abs(Math.round(trend.change * 10) / 10);
  if (trend.direction === 'up') return t('trend.up', { change, score });
  if (trend.direction === 'down') return t('trend.down', { change, score });
  if (trend.direction === 'flat') return t('trend.flat', { score });
  return t('trend.first', { score });
}
