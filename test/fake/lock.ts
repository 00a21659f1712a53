// LockService: one document lock shared by every "execution". Tests simulate another execution
// holding it with `holdByOther()`.
export class DocumentLockState {
  heldByOther = false;
  heldByUs = false;
  holdByOther(): void {
    this.heldByOther = true;
  }
  releaseOther(): void {
    this.heldByOther = false;
  }
}

export class FakeLock {
  readonly __kind = 'Lock';
  constructor(private readonly state: DocumentLockState) {}
  tryLock(timeoutInMillis: number): boolean {
    if (typeof timeoutInMillis !== 'number' || timeoutInMillis < 0 || timeoutInMillis > 300000) throw new Error('Invalid argument: timeoutInMillis');
    if (this.state.heldByOther) return false;
    this.state.heldByUs = true;
    return true;
  }
  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) throw new Error('Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean {
    return this.state.heldByUs;
  }
  releaseLock(): void {
    this.state.heldByUs = false;
  }
}
