// One run at a time per document: a second "Clean" while one runs gets a clear message and
// changes nothing.
import { CodedError } from '../core/messages';
import { said } from './messages';

export class BusyError extends CodedError {}

export function withDocumentLock<T>(what: string, fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(1000)) {
    // `what` names the action in the log line only; the person reads one sentence for all of them.
    console.log(`CRM Hygiene: ${what} refused, the document lock is taken`);
    throw new BusyError(said('msg.busy'));
  }
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
