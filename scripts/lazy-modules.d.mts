// Types of scripts/lazy-modules.mjs for the tests that import it.
import type { Plugin } from 'esbuild';

export function moduleFunctionName(outputName: string): string;
export function assertAcyclic(graph: Map<string, string[]>): void;
export function bundleLazyModules(options: {
  root: string;
  entries: Record<string, string>;
  plugins: Plugin[];
  /** Entry names whose own output ships as text, compiled on its first call; 'all' for every output. */
  asText?: string[] | 'all';
}): Promise<{ code: string; sources: Record<string, string[]> }>;
