import { describe, expect, it } from 'vitest';
import type { Cell, ColumnRoles, Table } from '../../src/core/table';
import { findDuplicates } from '../../src/core/dedupe/index';
import { orgNameOf } from '../../src/core/dedupe/org-name';
import { compareOrgs } from '../../src/core/dedupe/compare-org';

// An account list: one Company column and nothing else.
const ROLES: ColumnRoles = ['company'];
const list = (names: string[]): Table => ({ header: ['Company'], rows: names.map((n) => [n] as Cell[]) });

// Other accounts around each case, so the list looks like a list.
const OTHERS = ['Globex Corporation', 'PT Sinar Abadi Tbk', 'Svea Bygg AB', 'Ege Tekstil A.Ş.', 'Công ty TNHH Minh Long', 'Moravia Tech s.r.o.', 'Initech LLC', 'Vandelay Industries Inc.'];

function clusterOf(names: string[], a: number, b: number) {
  const res = findDuplicates(list([...OTHERS, ...names]), ROLES);
  return res.clusters.find((c) => c.rows.includes(OTHERS.length + a) && c.rows.includes(OTHERS.length + b));
}

const level = (x: string, y: string) => compareOrgs(orgNameOf(x)!, orgNameOf(y)!).level;

describe('company names read as an account\'s identity', () => {
  it('drops legal forms wherever they stand, and the address tail after one', () => {
    expect(orgNameOf('N.V. Nutricia')?.key).toBe('nutricia');
    expect(orgNameOf('Alcatel N.V., Amsterdam, NL')?.key).toBe('alcatel');
    expect(orgNameOf('Acme Indonesia Tbk, Jl. Sudirman 1')?.key).toBe('acme indonesia');
    expect(orgNameOf('AB Volvo')?.key).toBe('volvo');
  });
  it('sets the royal honorific apart, also mistyped', () => {
    for (const n of ['Koninklijke Philips N.V.', 'Royal Philips', 'KONINKLIKE PHILIPS', 'Konin Klijke Philips']) {
      expect(orgNameOf(n), n).toMatchObject({ key: 'philips', honorific: true });
    }
  });
  it('finds the same company written another way (exact or high), in the six markets', () => {
    const same: Array<[string, string]> = [
      ['DSM N.V.', 'DSM NV'], ['D.S.M. N.V.', 'DSM N.V.'], ['DSMIP Assets B.V.', 'DSM IP Assets B.V.'],
      ['International Business Machines Corp.', 'IBM Corp.'], ['Koninklijke Philips Electronics N.V.', 'Philips Electronics'],
      ['Akzo Nobel N.V.', 'AKZO NOBLE N.V.'], ['Hoa Phat Group', 'Group Hoa Phat'], ['Pharmacia & Upjohn', 'Pharmacia and Upjohn'],
      ['PT Maju Jaya Tbk', 'MAJU JAYA, PT.'], ['Bohemia Soft s.r.o.', 'BOHEMIA SOFT SRO'], ['Svea Bygg AB', 'Svea Bygg Aktiebolag'],
      ['Anadolu Yazılım Ltd. Şti.', 'ANADOLU YAZILIM'], ['Công ty TNHH Hòa Phát', 'Hoa Phat'],
    ];
    for (const [x, y] of same) expect(['exact', 'high'], `${x} / ${y}`).toContain(level(x, y));
  });
  it('reads a name run together with the next word as containing it, not as another name', () => {
    expect(level('Philips N.V.', 'Koninklijke PhilipsElectronics N.V.')).toBe('partial');
    expect(level('Sinar Mas', 'SinarMasLand Tbk')).toBe('partial');
    // A short name is no run-on prefix of a long one.
    expect(level('Ege A.Ş.', 'Egetekstil A.Ş.')).toBe('diff');
  });
  it('keeps companies apart whose names only contain one another or differ in a word', () => {
    const apart: Array<[string, string]> = [['DSM N.V.', 'DSM IP Assets B.V.'], ['Shell Oil Co', 'Shell Canada Ltd'], ['Philips Electronics', 'Philips Lighting'], ['Maju Jaya', 'Maju Jaya Abadi']];
    for (const [x, y] of apart) expect(['partial', 'diff'], `${x} / ${y}`).toContain(level(x, y));
  });
});

describe('an account list with nothing but company names', () => {
  it('two identical "DSM N.V." rows are one account, merged without asking', () => {
    const c = clusterOf(['DSM N.V.', 'Unilever N.V.', 'DSM N.V.'], 0, 2);
    expect(c?.confidence).toBe('sure');
  });
  it('the same name with another legal form, or a variant, is offered for review', () => {
    expect(clusterOf(['DSM N.V.', 'DSM B.V.'], 0, 1)?.confidence).toBe('doubtful');
    expect(clusterOf(['Koninklijke Philips Electronics N.V.', 'PHILIPS ELECTRONICS'], 0, 1)?.confidence).toBe('doubtful');
    expect(clusterOf(['Hitachi Global Storage Technologies Netherlands B.V.', 'Hitachi Global Storage Technologies, Netherland B.V.'], 0, 1)).toBeDefined();
  });
  it('"DSM" and "DSM IP Assets" are for a person to judge, never merged without asking', () => {
    expect(clusterOf(['DSM N.V.', 'DSM IP Assets B.V.'], 0, 1)?.confidence).toBe('doubtful');
    expect(clusterOf(['Shell Oil Co', 'Shell Canada Ltd'], 0, 1)).toBeUndefined();
  });
  it('keeps a company written sixty ways whole, in one cluster for review', () => {
    const spellings = ['Koninklijke Philips Electronics N.V.', 'KONINKLIJKE PHILIPS ELECTRONICS N.V.', 'Koninklijke Philips Electronics, N.V.', 'PHILIPS ELECTRONICS N.V.', 'Royal Philips Electronics', 'Koninklijke Philips Electronic N.V.', 'KONINKLIJKE PHILLIPS ELECTRONICS N.V.', 'Koninklijke Philips Electonics N.V.', 'Koninklike Philips Electronics N.V.', 'KONINKLIJKE PHILIPS ELECTRONICS N. V.'];
    const rows = Array.from({ length: 60 }, (_, i) => spellings[i % spellings.length]!);
    const res = findDuplicates(list([...OTHERS, ...rows]), ROLES);
    const family = res.clusters.filter((c) => c.rows.some((r) => r >= OTHERS.length));
    expect(family).toHaveLength(1);
    expect(family[0]!.rows).toHaveLength(60);
    expect(family[0]!.confidence).toBe('doubtful');
  });
  it('keeps a company renamed over the years whole around its short name, for review', () => {
    // The old and the new name share only the brand; the bare brand, which both contain, holds them together.
    const old = ["N.V. Philips' Gloeilampenfabrieken", 'N.V. PHILIPS GLOEILAMPENFABRIEKEN', "PHILIPS' GLOEILAMPENFABRIEKEN N.V."];
    const now = ['Koninklijke Philips Electronics N.V.', 'KONINKLIJKE PHILIPS ELECTRONICS N.V.', 'Philips Electronics N.V.', 'Koninklijke PhilipsElectronics N.V.'];
    const rows = [...old, ...old, ...now, ...now, 'PHILIPS N.V.'];
    const res = findDuplicates(list([...OTHERS, ...rows]), ROLES);
    const family = res.clusters.filter((c) => c.rows.some((r) => r >= OTHERS.length));
    expect(family.map((c) => [c.rows.length, c.confidence])).toEqual([[rows.length, 'doubtful']]);
    expect(res.clusters.every((c) => c.rows.every((r) => r >= OTHERS.length))).toBe(true);
  });
  it('one organisation at two addresses is two sites', () => {
    const t: Table = { header: ['Company', 'Address'], rows: [['Acme Inc.', '12 Pine St'], ['Globex', '1 Main St'], ['Acme Inc.', '500 Oak Ave']] };
    expect(findDuplicates(t, ['company', 'address']).clusters).toEqual([]);
  });
});

describe('a list with nothing but names', () => {
  it('two identical names are offered for review, never merged', () => {
    const names = ['Anna Svensson', 'Budi Santoso', 'Nguyễn Văn An', 'Jan Novák', 'Ayşe Demir', 'Maria Garcia', 'Jan Novák'];
    const res = findDuplicates({ header: ['Name'], rows: names.map((n) => [n]) }, ['name']);
    expect(res.clusters.map((c) => [c.rows, c.confidence])).toEqual([[[3, 6], 'doubtful']]);
  });
});
