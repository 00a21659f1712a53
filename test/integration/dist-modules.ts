// Which parts of the built bundle a context has run: dist/Code.js holds one crmModule_*_ function
// per chunk, which keeps its exports on itself once it has run, and build/dist-modules.json (written
// by scripts/build.mjs) lists the source files bundled into each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type vm from 'node:vm';
import { DIST } from './load-bundle';

export function moduleSources(): Record<string, string[]> {
  const modules = JSON.parse(readFileSync(join(DIST, '../build/dist-modules.json'), 'utf8')) as Record<string, string[]>;
  return Object.fromEntries(Object.entries(modules).map(([fn, sources]) => [fn, sources.map(fromNodeModules)]));
}

/** A package's path from `node_modules/` on, also when node_modules is a link elsewhere (esbuild records the real path). */
function fromNodeModules(source: string): string {
  const at = source.indexOf('node_modules/');
  return at > 0 ? source.slice(at) : source;
}

/** The source files of every module function that has run in `context`. */
export function sourcesRun(context: vm.Context): string[] {
  const ran: string[] = [];
  for (const [fn, sources] of Object.entries(moduleSources())) {
    const moduleFunction: unknown = (context as Record<string, unknown>)[fn];
    if (typeof moduleFunction !== 'function') throw new Error(`${fn} is not defined by dist/`);
    if ((moduleFunction as { exports?: unknown }).exports !== undefined) ran.push(...sources);
  }
  return ran;
}
