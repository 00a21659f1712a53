import type { Plugin } from 'esbuild';
export const phoneRegexCache: Plugin;
export const phoneModernBuild: Plugin;
export const serverCatalogues: Plugin;
export const SERVER_MESSAGE_PREFIXES: string[];
export function serverKeys(catalogue: Record<string, string>): Record<string, string>;
export function cliExternals(pkg: { dependencies?: Record<string, string> }): string[];
export const sidebarCatalogues: Plugin;
export const NOT_IN_SIDEBAR: string[];
