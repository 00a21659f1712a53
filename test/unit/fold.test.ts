// foldText: plain ASCII text takes a short path; it must fold exactly as the full path does.
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/core/normalize/fold';

describe('foldText', () => {
  it('folds every ASCII character as a letter, a digit or a separator', () => {
    for (let code = 0; code < 128; code++) {
      const ch = String.fromCharCode(code);
      const alnum = /[A-Za-z0-9]/.test(ch);
      expect(foldText(`a${ch}b`)).toBe(alnum ? `a${ch.toLowerCase()}b` : 'a b');
      expect(foldText(`${ch}x${ch}`)).toBe(alnum ? `${ch.toLowerCase()}x${ch.toLowerCase()}` : 'x');
    }
  });

  it('folds values as typed without accents in the six languages', () => {
    expect(foldText('  Nguyen Van  AN ')).toBe('nguyen van an');
    expect(foldText('PT. Maju Jaya Tbk.')).toBe('pt maju jaya tbk');
    expect(foldText('ISTANBUL')).toBe('istanbul');
    expect(foldText("O'Brien-Smith, Jr.")).toBe('o brien smith jr');
    expect(foldText('Dvorak & Syn s.r.o.')).toBe('dvorak syn s r o');
    expect(foldText('john.smith+crm@Gmail.com')).toBe('john smith crm gmail com');
    expect(foldText('--- n/a ---')).toBe('n a');
    expect(foldText('')).toBe('');
  });

  it('folds the same names typed with their own letters to the same text', () => {
    expect(foldText('İSTANBUL')).toBe('istanbul');
    expect(foldText('Işık Öztürk')).toBe('isik ozturk');
    expect(foldText('Nguyễn Văn An')).toBe('nguyen van an');
    expect(foldText('Đặng Thị Hồng')).toBe('dang thi hong');
    expect(foldText('Přemysl Šťastný')).toBe('premysl stastny');
    expect(foldText('Åsa Ström, Göteborg')).toBe('asa strom goteborg');
    expect(foldText('Søren Łukasz Straße')).toBe('soren lukasz strasse');
  });
});
