// Cold start as Apps Script pays it: every custom-function call is a fresh execution that loads
// the whole project and then calls the function. Each sample loads the scripts into a new
// node:vm context and times that load and the first call.
//
// V8 keeps compiled scripts by source text for the life of the process, which would turn every
// sample after the first into a warm start; a comment unique to each sample makes V8 compile the
// scripts afresh each time, as a new execution must (unless Google's servers keep compiled code,
// which they do not document).
import vm from 'node:vm';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Script = readonly [file: string, code: string];

export interface Sample {
  evalMs: number;
  callMs: number;
}

let sampleNo = 0;
const FUNCTION_TEXT = `new Function('module', 'exports', "`;

/** The .js files of a dist/ folder as Apps Script loads them. */
export function readScripts(dir: string): Script[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);
}

export function scriptBytes(dir: string): Array<[file: string, bytes: number]> {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => [f, statSync(join(dir, f)).size]);
}

/** Loads `scripts` into a fresh context holding `globals`, compiled afresh; `ms` is the load time. */
export function loadCold(scripts: readonly Script[], globals: Record<string, unknown>): { context: vm.Context; ms: number } {
  const context = vm.createContext({ ...globals });
  const tag = `\n// cold sample ${++sampleNo}\n`;
  // Modules shipped as text (scripts/lazy-modules.mjs) are compiled by `new Function`, whose cache
  // V8 keys by the text alone: the tag goes into each of those texts too.
  const fresh = (code: string) => code.replaceAll(FUNCTION_TEXT, `${FUNCTION_TEXT}/*${sampleNo}*/`) + tag;
  const t0 = performance.now();
  for (const [file, code] of scripts) vm.runInContext(fresh(code), context, { filename: file });
  return { context, ms: performance.now() - t0 };
}

/** Loads `scripts` cold, then runs `call` once. */
export function coldSample(scripts: readonly Script[], globals: Record<string, unknown>, call: (context: vm.Context) => unknown): Sample {
  const { context, ms } = loadCold(scripts, globals);
  const t1 = performance.now();
  call(context);
  return { evalMs: ms, callMs: performance.now() - t1 };
}

export interface Spread {
  median: number;
  p25: number;
  p75: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.round(q * (sorted.length - 1))] ?? NaN;
  return { median: at(0.5), p25: at(0.25), p75: at(0.75) };
}

export const totals = (samples: readonly Sample[]) => samples.map((s) => s.evalMs + s.callMs);

export function fmt({ median, p25, p75 }: Spread): string {
  return `${median.toFixed(1).padStart(6)} ms (${p25.toFixed(1)}-${p75.toFixed(1)})`;
}
