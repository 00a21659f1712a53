// The CLI bundles libphonenumber-js from its es6-modern build (scripts/esbuild-plugins.mjs): the
// phone normalizer bundled that way must read every real-world phone exactly as the sources do.
import { describe, expect, it } from 'vitest';
import { build, type Plugin } from 'esbuild';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { phoneModernBuild, phoneRegexCache } from '../../scripts/esbuild-plugins.mjs';
import { normalizePhone, type PhoneOptions } from '../../src/core/normalize/phone';

const ROOT = join(import.meta.dirname, '..', '..');
const corpus = JSON.parse(readFileSync(join(ROOT, 'test/corpus/real-world-values.json'), 'utf8')) as { phone: Array<[string, string, string]> };

async function bundled(plugins: Plugin[]): Promise<{ code: string; normalizePhone: typeof normalizePhone }> {
  const out = await build({
    entryPoints: [join(ROOT, 'src/core/normalize/phone.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    plugins,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.text ?? '';
  const mod = { exports: {} as { normalizePhone: typeof normalizePhone } };
  new Function('module', 'exports', 'require', code)(mod, mod.exports, createRequire(import.meta.url));
  return { code, normalizePhone: mod.exports.normalizePhone };
}

describe('phone library from its modern build', () => {
  it('carries no Babel spread helper, and the cached-regex helper still wins', async () => {
    const { code } = await bundled([phoneRegexCache, phoneModernBuild]);
    expect(code).not.toContain('_objectSpread');
    expect(code).toMatch(/var compiled = (\/\* @__PURE__ \*\/ )?new Map\(\);/);
    // Without the plugin the es6 build brings the helper in (what the plugin is for).
    expect((await bundled([phoneRegexCache])).code).toContain('_objectSpread');
  });

  it('reads every real-world phone, in every format, as the sources do', async () => {
    const modern = await bundled([phoneRegexCache, phoneModernBuild]);
    const formats: Array<PhoneOptions['format']> = ['E164', 'INTERNATIONAL', 'NATIONAL'];
    // Numbers typed in the six markets, plus junk: extensions, two numbers in a cell, placeholders.
    const extra = ['+62 812-3456-7890 ext. 12', '0812 3456 7890 / 0813 1111 2222', '000000', 'n/a', '(028) 3823 4567', '+420 602 123 456', '070-123 45 67', '0532 123 45 67', 6281234567890];
    let checked = 0;
    for (const format of formats) {
      for (const [typed, region] of corpus.phone) {
        expect(modern.normalizePhone(typed, { defaultCountry: region, format })).toEqual(normalizePhone(typed, { defaultCountry: region, format }));
        checked++;
      }
      for (const typed of extra) for (const region of ['ID', 'VN', 'CZ', 'SE', 'TR', 'US']) {
        expect(modern.normalizePhone(typed, { defaultCountry: region, format })).toEqual(normalizePhone(typed, { defaultCountry: region, format }));
      }
    }
    expect(checked).toBe(corpus.phone.length * 3);
  });
});
