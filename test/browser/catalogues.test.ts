// The six message catalogues agree: same keys (plural forms per language), same {placeholders},
// nothing left in English unless allow-listed, every key the sidebar uses exists, and every code
// the server can say has a label in all six (and is one the server bundle carries).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../src/core/audit/kinds';
import { FLAGS } from '../../src/core/normalize/types';
import { SERVER_MESSAGE_PREFIXES } from '../../scripts/esbuild-plugins.mjs';
import { DIMENSION_POINTS } from '../../src/core/audit/score';
import { LEVEL_SENSE } from '../../src/core/dedupe/evidence';

const DIR = join(import.meta.dirname, '../../sidebar/i18n');
const SRC = join(import.meta.dirname, '../../sidebar/src');
const LANGS = ['en', 'id', 'vi', 'cs', 'sv', 'tr'];
const load = (lang: string): Record<string, string> => JSON.parse(readFileSync(join(DIR, `${lang}.json`), 'utf8'));
const en = load('en');
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Strings that are rightly the same as English in a language (names, codes, loanwords). */
const SAME_AS_ENGLISH: Record<string, string[]> = {
  id: ['app.title', 'field.id', 'field.email', 'field.status', 'settings.phone.E164'],
  vi: ['app.title', 'field.email'],
  cs: ['app.title', 'field.id', 'field.text'],
  sv: ['app.title', 'field.status', 'field.text'],
  tr: ['app.title'],
};

/** Plural categories a language uses for whole numbers (what t() can ask for). */
function categories(lang: string): string[] {
  const rules = new Intl.PluralRules(lang);
  const seen = new Set<string>();
  for (let n = 0; n <= 1000; n++) seen.add(rules.select(n));
  return [...seen].sort();
}

function expectedKeys(lang: string): string[] {
  const keys = new Set<string>();
  for (const key of Object.keys(en)) {
    if (PLURAL.test(key)) for (const c of categories(lang)) keys.add(key.replace(PLURAL, `_${c}`));
    else keys.add(key);
  }
  return [...keys].sort();
}

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+(?::\w+)?)\}/g)].map((m) => m[1] as string).sort();
const hasKey = (cat: Record<string, string>, key: string): boolean => key in cat || Object.keys(cat).some((k) => PLURAL.test(k) && k.replace(PLURAL, '') === key);

/** Every catalogue code the server side names as a string literal: msg.*, menu.*, trend.* ... */
function serverCodes(): Map<string, string> {
  const ROOT = join(import.meta.dirname, '../../src');
  const codes = new Map<string, string>();
  for (const dir of ['core', 'gas', 'server', 'contract']) {
    for (const file of readdirSync(join(ROOT, dir), { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      const text = readFileSync(join(ROOT, dir, file), 'utf8');
      for (const m of text.matchAll(/'((?:msg|menu|trend)\.[a-zA-Z][\w.]*)'/g)) codes.set(m[1] as string, `${dir}/${file}`);
    }
  }
  return codes;
}

describe('message catalogues', () => {
  it('has exactly the six languages', () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace('.json', '')).sort()).toEqual([...LANGS].sort());
  });

  for (const lang of LANGS) {
    it(`${lang}: same keys as English (with its own plural forms)`, () => {
      expect(Object.keys(load(lang)).sort()).toEqual(expectedKeys(lang));
    });

    it(`${lang}: same placeholders, no empty strings`, () => {
      const cat = load(lang);
      for (const [key, text] of Object.entries(cat)) {
        expect(text.trim(), key).not.toBe('');
        const base = key.replace(PLURAL, '_other');
        const source = en[key] ?? en[base];
        expect(source, key).toBeDefined();
        expect(placeholders(text), key).toEqual(placeholders(source as string));
      }
    });
  }

  for (const lang of LANGS.filter((l) => l !== 'en')) {
    it(`${lang}: nothing left in English except the allowlist`, () => {
      const cat = load(lang);
      const same = Object.keys(cat).filter((k) => cat[k] === en[k] || (PLURAL.test(k) && cat[k] === en[k.replace(PLURAL, '_other')]));
      expect(same.sort()).toEqual([...(SAME_AS_ENGLISH[lang] ?? [])].sort());
    });
  }

  it('every literal key used in the sidebar source exists in English', () => {
    const used = new Set<string>();
    for (const file of readdirSync(SRC, { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      const text = readFileSync(join(SRC, file), 'utf8');
      for (const m of text.matchAll(/\bt\('([a-zA-Z]+\.[\w.-]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter((k) => !(k in en) && !(`${k}_other` in en));
    expect(missing).toEqual([]);
  });

  it('every rule code a preview or summary can carry has its own label (users never see a raw code like email.extracted)', () => {
    // src/core plans the changes (the review merges too); codes written only to the
    // CRM Hygiene Log by src/gas (undo, archive, menu tools) never reach the sidebar.
    const ROOT = join(import.meta.dirname, '../../src');
    const rules = new Set<string>();
    for (const dir of ['core', 'server']) {
      for (const file of readdirSync(join(ROOT, dir), { recursive: true }) as string[]) {
        if (!file.endsWith('.ts')) continue;
        const text = readFileSync(join(ROOT, dir, file), 'utf8');
        for (const m of text.matchAll(/\brule\b[^;\n]*?'([a-z]+(?:\.[a-z][\w-]*)+|merge)'/g)) rules.add(m[1] as string);
        // phone.ts builds its rule from the format: `phone.${...}`
        if (/`phone\.\$\{/.test(text)) for (const f of ['e164', 'international', 'national']) rules.add(`phone.${f}`);
      }
    }
    expect(rules.size).toBeGreaterThan(15);
    expect([...rules].filter((r) => !(`rule.${r}` in en)).sort()).toEqual([]);
  });

  it('every code the server can say has a label in all six languages, carried by the server bundle', () => {
    const codes = serverCodes();
    expect(codes.size).toBeGreaterThan(60);
    for (const lang of LANGS) {
      const cat = load(lang);
      expect([...codes].filter(([code]) => !hasKey(cat, code)).map(([code, file]) => `${lang}: ${code} (${file})`)).toEqual([]);
    }
    const carried = (code: string) => SERVER_MESSAGE_PREFIXES.some((p) => code === p || code.startsWith(p));
    expect([...codes.keys()].filter((c) => !carried(c))).toEqual([]);
  });

  it('a message whose label is missing in one language fails the check above (a code added to English only)', () => {
    const en = load('en');
    const tr = load('tr');
    const missing = { ...tr };
    delete missing['msg.undo.nothing'];
    expect(hasKey(en, 'msg.undo.nothing')).toBe(true);
    expect(hasKey(missing, 'msg.undo.nothing')).toBe(false);
    expect(hasKey(tr, 'msg.undo.done')).toBe(true); // a plural code is found by its forms
  });

  it('every literal key of the report (src/core/report) exists in English', () => {
    const dir = join(import.meta.dirname, '../../src/core/report');
    const used = new Set<string>();
    for (const file of readdirSync(dir)) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/\bw\.t\('([a-zA-Z]+\.[\w.-]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(25);
    expect([...used].filter((k) => !hasKey(en, k))).toEqual([]);
  });

  it('every part of the score and every kind of evidence has its words (labels built from codes)', () => {
    const keys = [
      ...Object.keys(DIMENSION_POINTS).flatMap((d) => [`score.dim.${d}`, `score.action.${d}`]),
      ...new Set(Object.values(LEVEL_SENSE)).values(),
    ].flatMap((k) => (k.includes('.') ? [k] : [`review.reason.${k}`, `review.sense.${k}`]));
    for (const lang of LANGS) expect(keys.filter((k) => !hasKey(load(lang), k)).map((k) => `${lang}: ${k}`)).toEqual([]);
  });

  it('every finding kind and every normalizer flag has a label (one vocabulary, src/core/audit/kinds.ts)', () => {
    expect(FINDING_KINDS.length).toBeGreaterThan(10);
    expect(FLAGS.length).toBeGreaterThan(8);
    expect(FINDING_KINDS.filter((k) => !(`kind.${k}` in en))).toEqual([]);
    expect(FLAGS.filter((f) => !(`flag.${f}` in en))).toEqual([]);
    // No label for a kind or flag the engine does not have (a renamed kind leaves no stale label).
    const known = new Set<string>([...FINDING_KINDS.map((k) => `kind.${k}`), ...FLAGS.map((f) => `flag.${f}`)]);
    expect(Object.keys(en).filter((k) => /^(kind|flag)\./.test(k) && !known.has(k))).toEqual([]);
  });
});

describe('sidebar source renders data as text', () => {
  it('never uses innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
    for (const file of readdirSync(SRC, { recursive: true }) as string[]) {
      if (!file.endsWith('.ts')) continue;
      const text = readFileSync(join(SRC, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');
      expect(text, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/);
    }
  });
});
