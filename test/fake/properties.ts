// In-memory PropertiesService, strict like Apps Script: values are strings, one value may hold
// at most 9 KB and one store at most 500 KB, counted in UTF-8 bytes, keys included
// (https://developers.google.com/apps-script/guides/services/quotas: "Properties value size",
// "Properties total storage").
import type { CallLog } from './calls';

export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

export class FakeProperties {
  private readonly data = new Map<string, string>();
  constructor(private readonly calls: CallLog, private readonly scope: string) {}

  getProperty(key: string): string | null {
    this.calls.count(`${this.scope}.getProperty`);
    return this.data.has(key) ? (this.data.get(key) as string) : null;
  }
  getProperties(): Record<string, string> {
    this.calls.count(`${this.scope}.getProperties`);
    return Object.fromEntries(this.data);
  }
  setProperty(key: string, value: string): this {
    this.calls.count(`${this.scope}.setProperty`);
    this.put(key, value);
    return this;
  }
  setProperties(props: Record<string, string>, deleteAllOthers = false): this {
    this.calls.count(`${this.scope}.setProperties`);
    if (deleteAllOthers) this.data.clear();
    for (const [k, v] of Object.entries(props)) this.put(k, v);
    return this;
  }
  deleteProperty(key: string): this {
    this.calls.count(`${this.scope}.deleteProperty`);
    this.data.delete(key);
    return this;
  }
  deleteAllProperties(): this {
    this.calls.count(`${this.scope}.deleteAllProperties`);
    this.data.clear();
    return this;
  }
  getKeys(): string[] {
    this.calls.count(`${this.scope}.getKeys`);
    return [...this.data.keys()];
  }

  private put(key: string, value: unknown): void {
    if (typeof key !== 'string' || key === '') throw new Error('Invalid argument: key');
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > MAX_PROPERTY_VALUE_BYTES) {
      throw new Error('Argument too large: value');
    }
    const before = this.data.get(key);
    this.data.set(key, text);
    let total = 0;
    for (const [k, v] of this.data) total += Buffer.byteLength(k + v, 'utf8');
    if (total > MAX_STORE_BYTES) {
      // The store stays as it was.
      if (before === undefined) this.data.delete(key);
      else this.data.set(key, before);
      throw new Error('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
  }
}
