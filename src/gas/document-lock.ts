// One run at a time per document: a second "Clean" while one runs gets a clear message and
// changes nothing.
export class BusyError extends Error {}

export function withDocumentLock<T>(what: string, fn: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock || !lock.tryLock(1000)) {
    throw new BusyError(`CRM Hygiene is already working on this spreadsheet (another ${what} or clean is running). Wait a minute and try again; nothing was changed.`);
  }
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
