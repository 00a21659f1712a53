// CacheService: string values up to 100 KB, keys up to 250 characters, at most 6 hours.
import type { Clock } from './env';

export const MAX_CACHE_VALUE_BYTES = 100 * 1024;
export const MAX_CACHE_SECONDS = 21600;

export class FakeCache {
  readonly __kind = 'Cache';
  private readonly data = new Map<string, { value: string; expires: number }>();
  constructor(private readonly clock: Clock) {}

  put(key: string, value: string, expirationInSeconds = 600): void {
    if (typeof key !== 'string' || key.length === 0 || key.length > 250) throw new Error('Invalid argument: key');
    if (typeof value !== 'string') throw new Error('Invalid argument: value');
    if (Buffer.byteLength(value, 'utf8') > MAX_CACHE_VALUE_BYTES) throw new Error('Argument too large: value');
    if (expirationInSeconds < 1 || expirationInSeconds > MAX_CACHE_SECONDS) throw new Error('Invalid argument: expirationInSeconds');
    this.data.set(key, { value, expires: this.clock.now() + expirationInSeconds * 1000 });
  }
  get(key: string): string | null {
    const hit = this.data.get(key);
    if (!hit) return null;
    if (hit.expires <= this.clock.now()) {
      this.data.delete(key);
      return null;
    }
    return hit.value;
  }
  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this.get(k);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  putAll(values: Record<string, string>, expirationInSeconds = 600): void {
    for (const [k, v] of Object.entries(values)) this.put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this.data.delete(key);
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this.data.delete(k);
  }
}
