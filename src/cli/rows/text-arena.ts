/**
 * Many strings kept outside the JavaScript heap: appended as UTF-8 to one growing buffer and read
 * back by index. V8 sizes its heap (and so the process's memory) after what is alive in it, so a
 * million rows kept here cost about their size in bytes, not two to four times that.
 */
export class TextArena {
  private bytes = Buffer.alloc(1 << 20);
  private used = 0;
  /** Start of entry i at [i], its end at [i + 1]. */
  private offsets: Float64Array = new Float64Array(1 << 16);
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** Appends a string; returns its index. */
  push(text: string): number {
    if (this.count + 2 > this.offsets.length) {
      const bigger = new Float64Array(this.offsets.length * 2);
      bigger.set(this.offsets);
      this.offsets = bigger;
    }
    const need = Buffer.byteLength(text);
    if (this.used + need > this.bytes.length) {
      const bigger = Buffer.alloc(Math.max(this.bytes.length * 2, this.used + need));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    this.offsets[this.count] = this.used;
    this.used += this.bytes.write(text, this.used);
    this.offsets[++this.count] = this.used;
    return this.count - 1;
  }

  get(i: number): string {
    if (i < 0 || i >= this.count) throw new Error(`no entry ${i}`);
    return this.bytes.toString('utf8', this.offsets[i] as number, this.offsets[i + 1] as number);
  }
}
