// The wall around src/core, checked on the source itself (lint and src/core/tsconfig.json check
// it too): no file under src/core refers to an Apps Script global or to Node, and none imports
// from src/gas, src/server, src/cli, the sidebar or its contract, however the path is written.
import { readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { appsScriptGlobals } from '../../scripts/lib/apps-script-globals.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const CORE = join(ROOT, 'src/core');
const FORBIDDEN_GLOBALS = new Set([...appsScriptGlobals(), 'GoogleAppsScript', 'process', 'require', 'Buffer', '__dirname', '__filename']);
const NODE_MODULES = new Set(builtinModules);

/** Names a file binds itself (imports, declarations, parameters): a use of those is no global. */
function boundNames(source: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    const name = (node as { name?: ts.Node }).name;
    if (name && ts.isIdentifier(name) && (ts.isVariableDeclaration(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isParameter(node)
      || ts.isImportSpecifier(node) || ts.isImportClause(node) || ts.isNamespaceImport(node) || ts.isBindingElement(node) || ts.isEnumDeclaration(node))) {
      names.add(name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/** An identifier that is the name of a member, a key or a declaration rather than a reference. */
function isNameNotReference(id: ts.Identifier): boolean {
  const p = id.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === id) return true;
  if (ts.isQualifiedName(p) && p.right === id) return true;
  if ((ts.isPropertyAssignment(p) || ts.isPropertySignature(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p) || ts.isMethodSignature(p)) && p.name === id) return true;
  if ((ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) && p.propertyName === id) return true;
  return false;
}

/** Every wall breach in one file's text, as "file: what". */
function breaches(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const bound = boundNames(source);
  const out: string[] = [];
  const where = relative(ROOT, file);
  const checkImport = (spec: string): void => {
    const bare = spec.replace(/^node:/, '').split('/')[0] ?? '';
    if (spec.startsWith('node:') || NODE_MODULES.has(bare)) {
      out.push(`${where}: imports the Node module ${spec}`);
      return;
    }
    if (!spec.startsWith('.')) return; // a package (the phone library, fflate)
    const target = resolve(dirname(file), spec);
    if (target !== CORE && !target.startsWith(CORE + '/')) out.push(`${where}: imports ${spec}, outside src/core`);
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      checkImport(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])
      && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) {
      checkImport(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      checkImport(node.argument.literal.text);
    } else if (ts.isIdentifier(node) && FORBIDDEN_GLOBALS.has(node.text) && !bound.has(node.text) && !isNameNotReference(node)) {
      out.push(`${where}: refers to ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function coreFiles(): string[] {
  return (readdirSync(CORE, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(CORE, f));
}

describe('the wall around src/core', () => {
  it('no core file refers to an Apps Script global or Node, or imports from gas, server, cli or the sidebar', () => {
    const files = coreFiles();
    expect(files.length).toBeGreaterThan(60);
    expect(files.flatMap((f) => breaches(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('sees every kind of breach, however it is written', () => {
    const file = join(CORE, 'dedupe/example.ts');
    const found = (text: string): string[] => breaches(file, text);
    expect(found("import { readSnapshot } from '../../gas/sheet-snapshot';")).toEqual(['src/core/dedupe/example.ts: imports ../../gas/sheet-snapshot, outside src/core']);
    expect(found("export { menuCleanSheet } from '../../server/menu';")).toHaveLength(1);
    expect(found("import type { Overview } from '../../contract/sidebar';")).toHaveLength(1);
    expect(found("const m = await import('../../cli/main');")).toHaveLength(1);
    expect(found("type S = import('../../gas/data-sheet').DataSheet;")).toHaveLength(1);
    expect(found("import { readFileSync } from 'node:fs';")).toEqual(['src/core/dedupe/example.ts: imports the Node module node:fs']);
    expect(found("import { join } from 'path';")).toHaveLength(1);
    expect(found('export const n = CacheService.getDocumentCache();')).toEqual(['src/core/dedupe/example.ts: refers to CacheService']);
    expect(found('export function f() { Utilities.sleep(1); Logger.log(Session.getActiveUser()); }')).toHaveLength(3);
    expect(found('export type R = GoogleAppsScript.Spreadsheet.Range;')).toHaveLength(1);
    expect(found('export const env = process.env.TZ;')).toHaveLength(1);
  });

  it('leaves alone what only looks like one: members, keys, local names, text', () => {
    const file = join(CORE, 'dedupe/example.ts');
    const clean = [
      "import { normalizePhone } from '../normalize/phone';",
      "import { inflateSync } from 'fflate';",
      'export const a = { SpreadsheetApp: 1 }.SpreadsheetApp;',
      "export const b = 'CacheService and Utilities are Apps Script services';",
      '// Logger.log would not run here',
      'export function c(Session: number): number { return Session + 1; }',
      'interface Shape { Utilities: string }',
      'export const d = (x: Shape) => x.Utilities;',
    ].join('\n');
    expect(breaches(file, clean)).toEqual([]);
  });
});
