/**
 * Many strings kept outside the JavaScript heap: written as UTF-8 into fixed-size buffers and
 * read back by index. V8 sizes its heap (and so the process's memory) after what is alive in it,
 * so a million rows kept here cost about their size in bytes, not two to four times that.
 *
 * The buffers are filled one after the other and never copied: one buffer doubled as it fills
 * would hold the old and the new copy at once (384 MB for the 140 MB of a million-row file),
 * right when memory is at its peak. A text longer than a buffer gets a buffer of its own.
 */
const CHUNK_BYTES = 8 << 20;
/** Positions are chunk * CHUNK_SPAN + byte offset, one exact double each. */
const CHUNK_SPAN = 2 ** 32;

export class TextArena {
  private readonly chunks: Buffer[] = [];
  /** Free bytes from here in the last chunk. */
  private used = 0;
  private starts: Float64Array = new Float64Array(1 << 16);
  private lengths: Uint32Array = new Uint32Array(1 << 16);
  private count = 0;

  constructor(private readonly chunkBytes = CHUNK_BYTES) {}

  get length(): number {
    return this.count;
  }

  /** Appends a string; returns its index. */
  push(text: string): number {
    if (this.count === this.starts.length) this.grow();
    let chunk = this.chunks[this.chunks.length - 1];
    // A UTF-16 unit is at most 3 bytes of UTF-8: with that much room the text is not measured first.
    const need = chunk && this.used + text.length * 3 <= chunk.length ? 0 : Buffer.byteLength(text);
    if (!chunk || this.used + need > chunk.length) {
      chunk = Buffer.allocUnsafe(Math.max(this.chunkBytes, need));
      this.chunks.push(chunk);
      this.used = 0;
    }
    const written = chunk.write(text, this.used);
    this.starts[this.count] = (this.chunks.length - 1) * CHUNK_SPAN + this.used;
    this.lengths[this.count] = written;
    this.used += written;
    return this.count++;
  }

  get(i: number): string {
    if (i < 0 || i >= this.count) throw new Error(`no entry ${i}`);
    const at = this.starts[i] as number;
    const chunk = this.chunks[Math.floor(at / CHUNK_SPAN)] as Buffer;
    const start = at % CHUNK_SPAN;
    return chunk.toString('utf8', start, start + (this.lengths[i] as number));
  }

  private grow(): void {
    const starts = new Float64Array(this.starts.length * 2);
    starts.set(this.starts);
    this.starts = starts;
    const lengths = new Uint32Array(this.lengths.length * 2);
    lengths.set(this.lengths);
    this.lengths = lengths;
  }
}
