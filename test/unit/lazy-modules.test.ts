// The Apps Script bundling of scripts/lazy-modules.mjs on a small project of its own.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { assertAcyclic, bundleLazyModules, moduleFunctionName } from '../../scripts/lazy-modules.mjs';

/** Two entries that share one module; every module body records that it ran. */
function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lazy-modules-'));
  const files: Record<string, string> = {
    'shared.ts': "ran.push('shared');\nexport const greet = (name: string) => `Halo, ${name}`;\n",
    'phone.ts': "import { greet } from './shared';\nran.push('phone');\nexport function PHONE(v: string) { return greet(v); }\n",
    'email.ts': "import { greet } from './shared';\nran.push('email');\nexport function EMAIL(v: string) { return greet(v).toLowerCase(); }\n",
    'lonely.ts': "ran.push('lonely');\nexport function LONELY() { return 'sendiri'; }\n",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('lazily run modules for Apps Script', () => {
  it('loads without running anything, then runs only what an entry imports', async () => {
    const root = project();
    const { code, sources } = await bundleLazyModules({ root, entries: { phone: 'phone.ts', email: 'email.ts', lonely: 'lonely.ts' }, plugins: [] });
    expect(code).not.toMatch(/\brequire\s*\(|^\s*(import|export)\s/m);
    const context = vm.createContext({ ran: [] as string[] });
    vm.runInContext(code, context);
    expect(context.ran).toEqual([]);

    const phone = vm.runInContext(`${moduleFunctionName('phone.js')}()`, context) as { PHONE(v: string): string };
    expect(phone.PHONE('Budi')).toBe('Halo, Budi');
    expect(context.ran).toEqual(['shared', 'phone']);
    const email = vm.runInContext(`${moduleFunctionName('email.js')}()`, context) as { EMAIL(v: string): string };
    expect(email.EMAIL('Đức')).toBe('halo, đức');
    // The shared module ran once for both entries, and the third entry never ran.
    expect(context.ran).toEqual(['shared', 'phone', 'email']);
    expect(Object.values(sources).flat().sort()).toEqual(['email.ts', 'lonely.ts', 'phone.ts', 'shared.ts']);
  });

  it('ships an entry asked for as text: loading scans it, its first call compiles and runs it once', async () => {
    const root = project();
    const { code } = await bundleLazyModules({ root, entries: { phone: 'phone.ts', email: 'email.ts' }, plugins: [], asText: ['email'] });
    expect(code).not.toMatch(/\brequire\s*\(|^\s*(import|export)\s/m);
    // The email module's own code is one string literal; the shared chunk and the phone module stay code.
    const fn = moduleFunctionName('email.js');
    const asText = new RegExp(`^function ${fn}\\(\\) \\{\\n  if \\(!${fn}\\.exports\\) ${fn}\\.exports = crmRunModule_\\(new Function\\('module', 'exports', "(?:[^"\\\\]|\\\\.)*toLowerCase(?:[^"\\\\]|\\\\.)*"\\)\\);$`, 'm');
    expect(code).toMatch(asText);
    expect(code).toMatch(new RegExp(`^function ${moduleFunctionName('phone.js')}\\(\\) \\{\\n  if .* = crmRunModule_\\(function \\(module, exports\\) \\{$`, 'm'));
    const context = vm.createContext({ ran: [] as string[] });
    vm.runInContext(code, context);
    expect(context.ran).toEqual([]);
    const email = vm.runInContext(`${moduleFunctionName('email.js')}()`, context) as { EMAIL(v: string): string };
    expect(email.EMAIL('ĐỨC')).toBe('halo, đức');
    expect(vm.runInContext(`${moduleFunctionName('email.js')}()`, context)).toBe(email);
    expect(context.ran).toEqual(['shared', 'email']);
  });

  it("ships every module as text with 'all', shared chunks included, and still runs only what an entry imports", async () => {
    const root = project();
    const { code } = await bundleLazyModules({ root, entries: { phone: 'phone.ts', email: 'email.ts', lonely: 'lonely.ts' }, plugins: [], asText: 'all' });
    expect(code).not.toMatch(/crmRunModule_\(function/);
    expect(code.match(/crmRunModule_\(new Function\('module', 'exports', "/g)).toHaveLength(4);
    const context = vm.createContext({ ran: [] as string[] });
    vm.runInContext(code, context);
    expect(context.ran).toEqual([]);
    const phone = vm.runInContext(`${moduleFunctionName('phone.js')}()`, context) as { PHONE(v: string): string };
    expect(phone.PHONE('Şahin')).toBe('Halo, Şahin');
    expect(context.ran).toEqual(['shared', 'phone']);
  });

  it('refuses an import cycle between chunks, naming it', () => {
    const graph = new Map([['a.js', ['b.js']], ['b.js', ['c.js']], ['c.js', ['a.js']], ['d.js', []]]);
    expect(() => assertAcyclic(graph)).toThrow('import cycle between chunks: a.js -> b.js -> c.js -> a.js');
    expect(() => assertAcyclic(new Map([['a.js', ['b.js']], ['b.js', []]]))).not.toThrow();
  });
});
