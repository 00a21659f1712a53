// Loads the built dist/*.js into one fresh node:vm context, as Apps Script does: every file in
// one global scope, in the given order (Apps Script's file order is not something to rely on).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const DIST = join(import.meta.dirname, '../../dist');

export function distScripts(): string[] {
  return readdirSync(DIST).filter((f) => f.endsWith('.js')).sort();
}

export type Bundle = vm.Context & Record<string, (...args: unknown[]) => unknown>;

export function loadBundle(globals: Record<string, unknown> = {}, order: string[] = distScripts()): Bundle {
  const context = vm.createContext({ console, ...globals });
  for (const file of order) {
    vm.runInContext(readFileSync(join(DIST, file), 'utf8'), context, { filename: file });
  }
  return context as Bundle;
}
