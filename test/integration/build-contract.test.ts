// The Build contract of DESIGN.md, checked on the real dist/.
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, distScripts, loadBundle } from './load-bundle';
import { sourcesRun } from './dist-modules';
import { createFakeGas } from '../fake/gas';

describe('dist/ build contract', () => {
  it('has the manifest with V8, Stackdriver and exactly the four scopes', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    // userinfo.email (non-sensitive): the log's user column and the owner of a shared trigger.
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  it('has a self-contained Sidebar.html', () => {
    const html = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
    expect(html).toMatch(/<html/i);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+stylesheet/i);
  });

  it('has no module syntax in any dist/*.js', () => {
    for (const file of distScripts()) {
      const code = readFileSync(join(DIST, file), 'utf8');
      expect(code, file).not.toMatch(/^\s*(import|export)\s/m);
      expect(code, file).not.toMatch(/\brequire\s*\(/);
    }
  });

  it('keeps @customfunction JSDoc with @param names on the top-level stubs', () => {
    const entries = readFileSync(join(DIST, 'entries.js'), 'utf8');
    const block = /\/\*\*([\s\S]*?)\*\/\s*function CRM_NORMALIZE_PHONE\(value, defaultCountry, format\)/.exec(entries);
    expect(block).not.toBeNull();
    expect(block?.[1]).toMatch(/@customfunction/);
    expect(block?.[1]).toMatch(/@param \{[^}]+\} value /);
    expect(block?.[1]).toMatch(/@param \{[^}]+\} defaultCountry /);
  });

  it('does no work at top level: loading calls no service and runs no module code', () => {
    const gas = createFakeGas();
    const ctx = loadBundle(gas.globals);
    expect(gas.calls.total()).toBe(0);
    expect(sourcesRun(ctx)).toEqual([]);
  });

  it('points clasp at dist/ (.clasp.json.example: clasp 3 create refuses when a .clasp.json exists)', () => {
    // Each developer's own .clasp.json (its script id) is never committed.
    expect(readFileSync(join(DIST, '../.gitignore'), 'utf8')).toMatch(/^\.clasp\.json$/m);
    const clasp = JSON.parse(readFileSync(join(DIST, '../.clasp.json.example'), 'utf8'));
    expect(clasp.rootDir).toBe('dist');
    expect(existsSync(join(DIST, '../.claspignore'))).toBe(true);
  });
});
