// Counts every Apps Script service call the code under test makes, by method name.
export class CallLog {
  readonly counts = new Map<string, number>();
  count(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }
  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }
  reset(): void {
    this.counts.clear();
  }
}
