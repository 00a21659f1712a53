// Encoding detection for CLI input: BOMs, UTF-16 without BOM, binary files, and the Windows code
// pages of Czech (1250), Turkish (1254) and Vietnamese (1258) exports.
import { describe, expect, it } from 'vitest';
import { detectEncoding, guessCodePage } from '../../src/cli/input/decode';
import { sniffDelimiter } from '../../src/cli/input/read-csv';
import { encodeCodePage } from '../cli/encode-legacy';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const CZ = 'Jméno,Firma\nJiří Dvořák,Stavby Morava s.r.o.\nKateřina Černá,Český Cukr a.s.\nPetr Novák,Plzeň\n';
const TR = 'Ad,Şirket\nŞahin Yılmaz,Boğaziçi Lojistik A.Ş.\nAyşe Öztürk,Ege Gıda Ltd. Şti.\nIşıl Çelik,İzmir\n';
const VI = 'Tên,Công ty\nNguyễn Thị Lợi,Công ty TNHH Sao Việt\nTrần Văn Đức,Hà Nội\nPhạm Minh Thảo,Đà Nẵng\n';

describe('detectEncoding', () => {
  it('reads BOMs', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), true)).toMatchObject({ encoding: 'utf-8', skip: 3, bom: true });
    expect(detectEncoding(new Uint8Array([0xff, 0xfe, 0x61, 0]), true)).toMatchObject({ encoding: 'utf-16le', skip: 2 });
    expect(detectEncoding(new Uint8Array([0xfe, 0xff, 0, 0x61]), true)).toMatchObject({ encoding: 'utf-16be', skip: 2 });
  });

  it('recognises UTF-16 without a BOM', () => {
    const le = Buffer.from('Name,Email\nAn,a@b.c\n', 'utf16le');
    expect(detectEncoding(le, true).encoding).toBe('utf-16le');
  });

  it('accepts valid UTF-8, also when the sample ends inside a character', () => {
    const bytes = utf8(VI);
    expect(detectEncoding(bytes, true).encoding).toBe('utf-8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1), false).encoding).toBe('utf-8');
  });

  it.each([
    [CZ, 'windows-1250'],
    [TR, 'windows-1254'],
    [VI, 'windows-1258'],
  ])('guesses the code page of %#', (text, page) => {
    const bytes = encodeCodePage(text, page);
    expect(guessCodePage(bytes)).toBe(page);
    expect(detectEncoding(bytes, true)).toMatchObject({ encoding: page, how: 'guessed' });
  });

  it('uses --encoding when given', () => {
    expect(detectEncoding(encodeCodePage(TR, 'windows-1254'), true, 'windows-1254').how).toBe('given');
    expect(() => detectEncoding(utf8('a'), true, 'klingon')).toThrow(/unknown encoding/);
  });

  it('refuses binary files with a one-line reason', () => {
    expect(() => detectEncoding(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), true)).toThrow(/PNG image/);
    expect(() => detectEncoding(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), true)).toThrow(/xlsx/);
    expect(() => detectEncoding(new Uint8Array([0x61, 0x62, 0, 0x63, 0x64, 0x65, 0x66, 0x67]), true)).toThrow(/binary/);
  });
});

describe('sniffDelimiter', () => {
  it('finds comma, semicolon, tab and pipe, ignoring quoted ones', () => {
    expect(sniffDelimiter('a,b,c\n1;2')).toBe(',');
    expect(sniffDelimiter('Jméno;Firma;"a,b,c"\n')).toBe(';');
    expect(sniffDelimiter('a\tb\tc')).toBe('\t');
    expect(sniffDelimiter('a|b|c')).toBe('|');
    expect(sniffDelimiter('single')).toBe(',');
  });
});
