// Wraps fake service objects in Proxies that count every method call in the CallLog, enforce the
// auth mode / context rules, and hide the fake's internals: what Apps Script lacks is undefined.
import type { CallLog } from './calls';

/** Internal helpers of the fake classes, never visible to the code under test. */
const INTERNAL = new Set([
  'rowAt', 'addMerge', 'mergesIn', 'removeMerges', 'sortRows', 'makeFilter', 'removeFilter', 'renameSheet', 'addProtection',
  'checkWritable', 'shiftProtections', 'checkCellLimit', 'addSheet', 'blocks', 'holdByOther', 'releaseOther', 'insertAt', 'shiftBoxes',
  'read', 'write', 'fill', 'checkShape', 'set', 'settle', 'storable', 'noteWrite', 'totalCells',
]);
/** Plain (non-function) properties that are part of the real API. */
const PUBLIC_FIELDS = new Set(['Button', 'ButtonSet', 'AuthMode', 'WeekDay', 'EventType', 'TriggerSource', 'DataValidationCriteria', 'ProtectionType']);

export type Guard = (service: string, method: string) => void;

function kindOf(v: unknown): string | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  const k = (v as { __kind?: unknown }).__kind;
  return typeof k === 'string' ? k : undefined;
}

export class Exposer {
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  constructor(private readonly calls: CallLog, private readonly guard: Guard) {}

  expose<T extends object>(target: T, name = kindOf(target) ?? 'Object'): T {
    const cached = this.proxies.get(target);
    if (cached) return cached as T;
    const proxy = new Proxy(target, {
      get: (t, prop, receiver) => {
        if (typeof prop !== 'string' || INTERNAL.has(prop) || prop === '__kind') return undefined;
        const value = Reflect.get(t, prop, receiver) as unknown;
        if (typeof value !== 'function') return PUBLIC_FIELDS.has(prop) ? value : undefined;
        if (Object.prototype.hasOwnProperty.call(Object.prototype, prop)) return value;
        return (...args: unknown[]) => {
          this.calls.count(`${name}.${prop}`);
          this.guard(name, prop);
          return this.wrap((value as (...a: unknown[]) => unknown).apply(t, args.map((a) => this.unwrap(a))));
        };
      },
      set: () => false,
      has: (t, prop) => typeof prop === 'string' && !INTERNAL.has(prop) && prop in t,
    });
    this.proxies.set(target, proxy);
    this.targets.set(proxy, target);
    return proxy;
  }

  wrap(v: unknown): unknown {
    if (kindOf(v)) return this.expose(v as object);
    if (Array.isArray(v) && v.length > 0) {
      const first = v.find((x) => x !== null);
      if (kindOf(first)) return v.map((x) => this.wrap(x));
      if (Array.isArray(first) && first.some((x) => kindOf(x))) return v.map((row: unknown[]) => row.map((x) => this.wrap(x)));
    }
    return v;
  }

  unwrap(v: unknown): unknown {
    if (v !== null && typeof v === 'object') {
      const t = this.targets.get(v);
      if (t) return t;
      if (Array.isArray(v) && v.length > 0) {
        const first = v[0] as unknown;
        if (first !== null && typeof first === 'object' && this.targets.has(first)) return v.map((x) => this.unwrap(x));
        if (Array.isArray(first) && first.some((x) => x !== null && typeof x === 'object' && this.targets.has(x))) {
          return v.map((row: unknown[]) => row.map((x) => this.unwrap(x)));
        }
      }
    }
    return v;
  }
}
