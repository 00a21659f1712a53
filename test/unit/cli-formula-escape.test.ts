// The CSV formula-escaping rule (src/cli/output/formula-escape.ts), case by case.
import { describe, expect, it } from 'vitest';
import { escapeFormula, needsFormulaEscape, unescapeFormula } from '../../src/cli/output/formula-escape';

describe('CSV formula escaping', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")'],
    ['=1+2'],
    ['+SUM(A1:A2)'],
    ['-2+3'],
    ['@SUM(A1)'],
    ['\t=1'],
    ['\r=1'],
    ['-- do not call --'],
    ['+ call back Monday'],
    ["+cmd|' /C calc'!A0"],
    ['+1 213 CALL NOW'],
    ['-'],
    ['+123'], // too short to be a phone, not a plain signed number? it is a number: see below
  ])('escapes %j', (value) => {
    if (value === '+123') return; // covered by the signed-number case
    expect(needsFormulaEscape(value)).toBe(true);
    expect(escapeFormula(value)).toBe(`'${value}`);
  });

  it.each([
    ['+6281234567890'],
    ['+1 213 373 4253'],
    ['+1 (213) 373-4253'],
    ['+420 602 123 456'],
    ['+46 70-123 45 67'],
    ['+90 532 123 45 67'],
    ['+84.912.345.678'],
    ['+12133734253 ext. 1234'],
    ['+1 213-373-4253 x12'],
    ['-42'],
    ['-1,234.50'],
    ['-1.234,5'],
    ['-0.5'],
    ['+3.5'],
    ['+123'],
    ['-1e5'],
  ])('keeps %j as it is', (value) => {
    expect(needsFormulaEscape(value)).toBe(false);
    expect(escapeFormula(value)).toBe(value);
  });

  it('leaves ordinary text alone, including text with = or @ later on', () => {
    for (const v of ['', 'Acme', 'a=b', 'john@x.com', "O'Brien", ' =not first', '2024-03-01']) expect(escapeFormula(v)).toBe(v);
  });

  it('does not treat a + with too few or too many digits as a phone', () => {
    expect(needsFormulaEscape('+12 34')).toBe(true);
    expect(needsFormulaEscape('+1 (234) 567 890 123 456 789')).toBe(true);
  });
});

describe('the escape can be undone exactly (every original is readable from the outputs)', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ["'=1+2", "''=1+2"], // typed with an apostrophe already: one more, so it reads back as typed
    ["''-- do not call --", "'''-- do not call --"],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"], // an apostrophe before plain text is left alone
    ["'80s music", "'80s music"],
    ['+6281234567890', '+6281234567890'],
    ['Gọi lại sau', 'Gọi lại sau'],
    ["'", "'"],
  ])('%j is written as %j and read back', (value, written) => {
    expect(escapeFormula(value)).toBe(written);
    expect(unescapeFormula(written)).toBe(value);
  });
  it('leaves a sign followed only by digits as it is, at every length, and still escapes a bare sign', () => {
    for (const sign of ['+', '-']) {
      for (let n = 1; n <= 20; n++) {
        const value = sign + '9876543210'.repeat(2).slice(0, n);
        expect(needsFormulaEscape(value)).toBe(false);
        expect(escapeFormula(value)).toBe(value);
      }
      expect(escapeFormula(sign)).toBe(`'${sign}`);
    }
    expect(escapeFormula('+1x')).toBe("'+1x");
    expect(escapeFormula('-٣٤')).toBe("'-٣٤"); // digits of another script are not 0-9
  });
});
