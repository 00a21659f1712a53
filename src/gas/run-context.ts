// Who runs, when, and a short run id: the same for the log, the archive and the journal.
export interface RunContext {
  runId: string;
  time: Date;
  user: string;
}

/**
 * The account the script runs as (a trigger runs as its owner): whose trigger it is. '' when
 * Apps Script does not say.
 */
export function effectiveUser(): string {
  try {
    return Session.getEffectiveUser().getEmail();
  } catch {
    return '';
  }
}

export function newRun(): RunContext {
  let user: string;
  try {
    user = Session.getActiveUser().getEmail();
  } catch {
    user = '';
  }
  return { runId: Utilities.getUuid().slice(0, 8), time: new Date(), user: user || 'unknown user' };
}
