// The document's audit schedule and the outcome of its last run, in document properties (small
// JSON values). Read by the background trigger (background.ts) and by "Schedule audits".
import { readStoredSchedule, type AuditSchedule } from '../core/audit/schedule';
import type { LastScheduledRun } from '../contract/sidebar';

export const SCHEDULE_PROPERTY = 'crmHygiene.auditSchedule';
const LAST_RUN_PROPERTY = 'crmHygiene.auditSchedule.lastRun';

export type StoredSchedule = AuditSchedule & {
  /** The audited sheet. */
  sheetId?: number;
  /** ISO time it was scheduled: runs before it are not owed. */
  since?: string;
  /** Set by versions that gave the schedule a trigger of its own (background.ts removes it). */
  triggerId?: string;
};

/** A run's outcome, with the scheduled time it was for (so one slot runs once). */
export type ScheduledRunRecord = LastScheduledRun & { slot?: string };

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function readSchedule(): StoredSchedule | null {
  return readStoredSchedule(props().getProperty(SCHEDULE_PROPERTY));
}

export function saveSchedule(schedule: StoredSchedule): void {
  props().setProperty(SCHEDULE_PROPERTY, JSON.stringify(schedule));
}

export function dropSchedule(): void {
  props().deleteProperty(SCHEDULE_PROPERTY);
}

export function readLastRun(): ScheduledRunRecord | undefined {
  try {
    const raw = props().getProperty(LAST_RUN_PROPERTY);
    return raw ? (JSON.parse(raw) as ScheduledRunRecord) : undefined;
  } catch {
    return undefined;
  }
}

export function saveLastRun(record: ScheduledRunRecord): void {
  props().setProperty(LAST_RUN_PROPERTY, JSON.stringify(record));
}
