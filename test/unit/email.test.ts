import { describe, expect, it } from 'vitest';
import { emailMatchKey, normalizeEmail } from '../../src/core/normalize/email';
import { emailKeyOf } from '../../src/core/dedupe/keys';
import { MAILBOX_PROVIDERS } from '../../src/core/data/email-providers';
import type { Cell } from '../../src/core/normalize/types';
import { seededRandom as random } from '../../scripts/lib/seeded-random';

describe('case and cleaning', () => {
  it('lower-cases the whole address', () => {
    expect(normalizeEmail('John.Doe@Gmail.COM')).toMatchObject({
      value: 'john.doe@gmail.com',
      changed: true,
      rule: 'email.lowercase',
      flags: [],
      domain: 'gmail.com',
    });
    expect(normalizeEmail('John.Doe@Gmail.COM').why).toBe('lower-cased');
  });

  it('reads the Turkish capital İ as i (Turkish caps lock), not as i plus a dot', () => {
    expect(normalizeEmail('AYŞE.YILMAZ@FİRMA.COM.TR').value).toBe('ayşe.yilmaz@firma.com.tr');
  });

  it('leaves a clean address alone (trimming only is not a rule)', () => {
    expect(normalizeEmail('john@gmail.com')).toMatchObject({ value: 'john@gmail.com', changed: false, rule: 'none', why: '', flags: [] });
    expect(normalizeEmail('  john@gmail.com \t')).toMatchObject({ value: 'john@gmail.com', changed: true, rule: 'none' });
  });

  it.each([
    ['mailto:john@acme.com', 'john@acme.com'],
    ['MAILTO:John@Acme.com?subject=Hi', 'john@acme.com'],
    ['<john@acme.com>', 'john@acme.com'],
    ['"john@acme.com"', 'john@acme.com'],
    ["'john@acme.com'", 'john@acme.com'],
    ['(john@acme.com)', 'john@acme.com'],
    ['john@acme.com.', 'john@acme.com'],
    ['john@acme.com;', 'john@acme.com'],
    ['john @ acme.com', 'john@acme.com'],
    ['john@acme .com', 'john@acme.com'],
    ['\u200Bjohn@acme.com\u00A0', 'john@acme.com'],
  ])('%j -> %s (email.cleaned)', (input, value) => {
    const result = normalizeEmail(input);
    expect(result.value).toBe(value);
    expect(result.rule).toBe('email.cleaned');
    expect(result.flags).toEqual([]);
    expect(result.why).not.toBe('');
  });

  it.each([
    ['John Doe <john@acme.com>', 'john@acme.com'],
    ['"Doe, John" <John@Acme.com>', 'john@acme.com'],
    ['Nguyễn Văn An <an.nguyen@congty.vn>', 'an.nguyen@congty.vn'],
    ['E-posta: ayse@firma.com.tr', 'ayse@firma.com.tr'],
    ['jan@firma.cz (práce)', 'jan@firma.cz'],
  ])('takes the address out of %j (email.extracted)', (input, value) => {
    const result = normalizeEmail(input);
    expect(result.value).toBe(value);
    expect(result.rule).toBe('email.extracted');
    expect(result.why).toContain('took the address out of');
  });
});

describe('typo fixes towards well-known providers', () => {
  it.each([
    ['john@gmail.cmo', 'gmail.com'],
    ['john@gmail.con', 'gmail.com'],
    ['john@gmail.co', 'gmail.com'],
    ['john@gmail.cm', 'gmail.com'],
    ['john@gmail.ocm', 'gmail.com'],
    ['john@gmial.com', 'gmail.com'],
    ['john@gmai.com', 'gmail.com'],
    ['john@gamil.com', 'gmail.com'],
    ['john@gmaill.com', 'gmail.com'],
    ['john@gnail.com', 'gmail.com'],
    ['john@gmailcom', 'gmail.com'],
    ['john@gmail', 'gmail.com'],
    ['john@gmail,com', 'gmail.com'],
    ['john@gmail..com', 'gmail.com'],
    ['john@googlemail.co', 'googlemail.com'],
    ['john@hotmial.com', 'hotmail.com'],
    ['john@hotmal.com', 'hotmail.com'],
    ['john@hotmial.con', 'hotmail.com'],
    ['john@yaho.com', 'yahoo.com'],
    ['john@yahooo.com', 'yahoo.com'],
    ['john@yhaoo.com', 'yahoo.com'],
    ['budi@yahoo.co.di', 'yahoo.co.id'],
    ['budi@yahooo.co.id', 'yahoo.co.id'],
    ['budi@outlok.co.id', 'outlook.co.id'],
    ['an@yahoo.com.vm', 'yahoo.com.vn'],
    ['an@yahoocomvn', 'yahoo.com.vn'],
    ['jan@seznam.cy', undefined],
    ['jan@seznma.cz', 'seznam.cz'],
    ['jan@sezanm.cz', 'seznam.cz'],
    ['jan@centurm.cz', 'centrum.cz'],
    ['anna@hotmial.se', 'hotmail.se'],
    ['anna@telia.con', 'telia.com'],
    ['anna@bredbnad.net', 'bredband.net'],
    ['ayse@hotmial.com.tr', 'hotmail.com.tr'],
    ['ayse@hotmail.con.tr', 'hotmail.com.tr'],
    ['ayse@yandex.com.tt', 'yandex.com.tr'],
    ['ayse@myntet.com', 'mynet.com'],
    ['x@icluod.com', 'icloud.com'],
    ['x@outlook.cmo', 'outlook.com'],
    ['x@protonmial.com', 'protonmail.com'],
  ])('%s -> %s', (input, domain) => {
    const result = normalizeEmail(input);
    if (domain === undefined) {
      expect(result.value).toBe(input);
      return;
    }
    const local = input.split('@')[0] ?? '';
    expect(result.value).toBe(`${local}@${domain}`);
    expect(result.rule).toBe('email.typo');
    expect(result.domain).toBe(domain);
    expect(result.flags).toEqual([]);
    expect(result.why).toContain(`-> ${domain}`);
  });

  it('explains the fix with the typed and the fixed domain', () => {
    expect(normalizeEmail('john.doe@gmail.cmo').why).toBe('fixed typo gmail.cmo -> gmail.com');
    expect(normalizeEmail('John@Gmail.CMO').why).toBe('fixed typo gmail.cmo -> gmail.com; lower-cased');
  });

  it('fixes a doubled @', () => {
    const result = normalizeEmail('john@@gmail.com');
    expect(result).toMatchObject({ value: 'john@gmail.com', rule: 'email.typo' });
    expect(result.why).toContain('@@ -> @');
  });

  it('never rewrites a provider domain, whatever it is close to', () => {
    for (const domain of MAILBOX_PROVIDERS) {
      expect(normalizeEmail(`jan.novak@${domain}`), domain).toMatchObject({ value: `jan.novak@${domain}`, rule: 'none', flags: [] });
    }
  });

  it.each([
    // company domains, however close to a provider they look
    'john@acme.co',
    'john@acme.com',
    'john@gmai1.company.cz',
    'john@mail.cz',
    'john@hotmart.com',
    'john@gmc.com',
    'john@x.com',
    'john@me.co.uk',
    'john@aol.co.id',
    'jan@firma.cz',
    'anna@bolag.se',
    'ayse@firma.com.tr',
    'an@congty.com.vn',
    'budi@perusahaan.co.id',
    'john@mail.gmail.com',
    'john@gmail.company.com',
  ])('leaves %s untouched', (input) => {
    const result = normalizeEmail(input);
    expect(result.value).toBe(input);
    expect(result.rule).toBe('none');
    expect(result.flags).not.toContain('invalid');
  });

  it.each([
    // a country suffix typed on purpose is never replaced ...
    ['budi@hotmail.co.id', 'hotmail.co.id'],
    ['budi@gmail.co.id', 'gmail.co.id'],
    // ... nor one country code swapped for another, nor an ambiguous fix made
    ['jan@yahoo.cz', 'yahoo.cz'],
    ['john@yahoo.co', 'yahoo.co'],
    ['john@tella.com', 'tella.com'],
    ['john@gmeil.com', 'gmeil.com'],
  ])('does not guess at %s, but flags it suspicious', (input, domain) => {
    const result = normalizeEmail(input);
    expect(result.value).toBe(input);
    expect(result.domain).toBe(domain);
    expect(result.rule).toBe('none');
    expect(result.flags).toEqual(['suspicious']);
    expect(result.why).toMatch(/typo|not a known/);
  });
});

describe('invalid syntax', () => {
  it.each([
    ['not an email', /no @/],
    ['john.gmail.com', /no @/],
    ['john@', /nothing after/],
    ['@gmail.com', /nothing before/],
    ['john@localhost', /no dot/],
    ['john@acme.c', /top-level/],
    ['john..doe@acme.com', /mailbox name/],
    ['.john@acme.com', /mailbox name/],
    ['john.@acme.com', /mailbox name/],
    ['john doe@acme.com', /.+/],
    ['john@-acme.com', /not a valid domain/],
    ['john@acme_corp.com', /not a valid domain/],
    [`${'a'.repeat(65)}@acme.com`, /64/],
    ['John@Acme', /no dot/],
  ])('%s stays as typed (trimmed), flagged invalid', (input, why) => {
    const result = normalizeEmail(` ${input} `);
    expect(result.value).toBe(input);
    expect(result.rule).toBe('none');
    expect(result.flags).toEqual(['invalid']);
    expect(result.why).toMatch(why);
    expect(result.domain).toBeUndefined();
  });

  it('accepts internationalized addresses and does not mangle them', () => {
    for (const address of ['ş@örnek.com.tr', 'çağrı@şirket.com.tr', 'jiří.novák@firma.cz', 'åsa@företag.se', 'nguyễn@côngty.vn', 'ali@xn--rnek-zoa.com.tr', 'почта@пример.рф']) {
      expect(normalizeEmail(address), address).toMatchObject({ value: address, changed: false, rule: 'none', flags: [] });
    }
  });

  it('accepts the rarer legal forms', () => {
    for (const address of ['o\'brien@acme.ie', 'john+crm@gmail.com', 'a_b-c@sub.acme.co.uk', 'x@[192.168.0.1]', '"john doe"@acme.com']) {
      expect(normalizeEmail(address).flags, address).not.toContain('invalid');
    }
  });

  it('flags several addresses in one cell as suspicious and keeps them', () => {
    for (const cell of ['a@acme.com; b@acme.com', 'a@acme.com, b@acme.com', 'a@acme.com / b@acme.com', 'a@acme.com b@acme.com']) {
      expect(normalizeEmail(cell), cell).toMatchObject({ value: cell, changed: false, flags: ['suspicious'] });
    }
  });
});

describe('role accounts, disposable domains and filler', () => {
  it.each([
    'info@acme.com',
    'Sales@acme.com',
    'admin@acme.com',
    'support@acme.com',
    'contact@acme.com',
    'office@acme.com',
    'hello@acme.com',
    'no-reply@acme.com',
    'noreply@acme.com',
    'do_not_reply@acme.com',
    'marketing@acme.com',
    'billing@acme.com',
    'hr@acme.com',
    'jobs@acme.com',
    'info2@acme.com',
    'kontakt@firma.cz',
    'obchod@firma.cz',
    'podpora@firma.cz',
    'försäljning@bolag.se',
    'kundtjanst@bolag.se',
    'bilgi@firma.com.tr',
    'iletisim@firma.com.tr',
    'iletişim@firma.com.tr',
    'satis@firma.com.tr',
    'satış@firma.com.tr',
    'lienhe@congty.vn',
    'hotro@congty.vn',
    'cskh@congty.vn',
    'halo@toko.co.id',
    'kontak@toko.co.id',
  ])('%s is a role account', (input) => {
    const result = normalizeEmail(input);
    expect(result.flags).toEqual(['role-account']);
    expect(result.why).toContain('role account');
  });

  it('does not call people role accounts', () => {
    for (const address of ['john@acme.com', 'information.systems.lead@acme.com', 'salesforce.admin.jan@acme.com', 'ina@firma.cz', 'hrvoje@acme.com']) {
      expect(normalizeEmail(address).flags, address).toEqual([]);
    }
  });

  it.each(['lead@mailinator.com', 'x@10minutemail.com', 'x@guerrillamail.com', 'x@yopmail.com', 'x@temp-mail.org', 'x@trashmail.com', 'x@sharklasers.com', 'x@inbox.mailinator.com'])(
    '%s is disposable',
    (input) => {
      const result = normalizeEmail(input);
      expect(result.flags).toEqual(['disposable']);
      expect(result.why).toContain('disposable');
    },
  );

  it.each(['test@test.com', 'a@a.com', 'noemail@gmail.com', 'no.email@acme.com', 'none@none.com', 'asdf@gmail.com', 'x@example.com', 'john@acme.test', 'tidakada@gmail.com', 'yok@hotmail.com'])(
    '%s is filler',
    (input) => {
      const result = normalizeEmail(input);
      expect(result.flags).toContain('suspicious');
      expect(result.why).toContain('placeholder');
    },
  );

  it('can carry several flags, with a reason for each', () => {
    const result = normalizeEmail('info@mailinator.com');
    expect(result.flags).toEqual(['role-account', 'disposable']);
    expect(result.why).toContain('role account');
    expect(result.why).toContain('disposable');
  });
});

describe('bad input never throws and comes back unchanged', () => {
  const date = new Date(2024, 2, 1);
  it.each<[string, Cell]>([
    ['a number', 42],
    ['boolean', true],
    ['a Date', date],
  ])('%s', (_name, input) => {
    expect(normalizeEmail(input)).toMatchObject({ value: input, changed: false, rule: 'none' });
  });

  it('blank in, blank out', () => {
    expect(normalizeEmail('').value).toBe('');
    expect(normalizeEmail('  ').value).toBe('');
    expect(normalizeEmail(null).value).toBe('');
    expect(normalizeEmail(undefined).value).toBe('');
  });

  it('#N/A, formulas, huge strings, emoji, RTL', () => {
    expect(normalizeEmail('#N/A')).toMatchObject({ value: '#N/A', changed: false, flags: ['error-value'] });
    expect(normalizeEmail('=A1')).toMatchObject({ value: '=A1', changed: false, flags: ['invalid'] });
    const huge = 'john@gmail.com '.repeat(3334);
    expect(normalizeEmail(huge)).toMatchObject({ value: huge.trim(), flags: ['too-long'] });
    for (const text of ['😀', '📧 john', 'البريد الإلكتروني', 'דוא"ל', '\u202Ejohn@x.com\u202C', '😀@😀.com']) {
      const result = normalizeEmail(text);
      expect(result.value, text).toBe(text.trim());
      expect(result.changed).toBe(false);
    }
  });

  it('pathological text just under the length limit is quick', () => {
    const started = Date.now();
    for (const text of ['a'.repeat(999), '@'.repeat(999), 'a.'.repeat(499), `${'a'.repeat(500)}@${'b.'.repeat(249)}`, '<'.repeat(999), ' @ .'.repeat(249)]) {
      normalizeEmail(text);
    }
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('emailMatchKey', () => {
  it.each([
    ['John.Doe+crm@Gmail.com', 'johndoe@gmail.com'],
    ['j.o.h.n.doe@googlemail.com', 'johndoe@gmail.com'],
    ['john.doe@gmail.cmo', 'johndoe@gmail.com'],
    ['John.Doe+news@outlook.com', 'john.doe@outlook.com'],
    ['john.doe@acme.com', 'john.doe@acme.com'],
    ['"John" <John.Doe@Acme.com>', 'john.doe@acme.com'],
    ['  NOT AN EMAIL ', 'not an email'],
    ['', ''],
  ])('%s -> %s', (input, key) => {
    expect(emailMatchKey(input)).toBe(key);
  });

  it('gives one key to every spelling of one Gmail mailbox', () => {
    const keys = new Set(['johndoe@gmail.com', 'John.Doe@gmail.com', 'john.doe+x@googlemail.com', 'johndoe@gmail.con'].map(emailMatchKey));
    expect(keys.size).toBe(1);
  });

  it('is the key duplicate detection matches emails on', () => {
    for (const input of ['John.Doe+crm@Gmail.com', 'j.o.h.n.doe@googlemail.com', 'john.doe@gmail.cmo', '"John" <John.Doe@Acme.com>', 'ŞAHİN@firma.com.tr', 'bad@@x', 'an@acme']) {
      const k = emailKeyOf(input);
      if (k) expect(k.key).toBe(emailMatchKey(input));
    }
    expect(emailKeyOf('John.Doe+crm@Gmail.com')?.key).toBe('johndoe@gmail.com');
  });
});

describe('fuzz', () => {
  const POOL = [...'abcxyzABCXYZ0123456789', ...'@@..--_+', ' ', '<', '>', '"', ',', ';', 'ş', 'İ', 'ö', 'ễ', '😀', 'م', '\u00A0', '\u200B', ...'gmailhotmail.com'];

  it('never throws; output is the input (trimmed) or a valid, stable address', () => {
    const next = random(42);
    for (let i = 0; i < 5000; i++) {
      const length = 1 + Math.floor(next() * 30);
      let text = '';
      for (let j = 0; j < length; j++) text += POOL[Math.floor(next() * POOL.length)];
      const result = normalizeEmail(text);
      if (result.flags.includes('invalid') || result.flags.includes('error-value')) {
        expect(result.value).toBe(text.trim());
      } else if (result.value !== '' && result.value !== text.trim()) {
        const again = normalizeEmail(result.value);
        expect(again.value, text).toBe(result.value);
        expect(again.flags).not.toContain('invalid');
      }
    }
  });
});
