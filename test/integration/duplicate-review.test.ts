// The duplicate review's data, through the built bundle: values shown as the merge writes them and
// compared after normalization (Sweden / Thụy Điển is one country, JOHAN@GOTA.SE is johan@gota.se),
// error and blank cells never offered, the reason as evidence (no internal match keys), and the
// kept row after a merge is exactly the merged row the review showed.
import { describe, expect, it } from 'vitest';
import { harness } from './gas-harness';

const plain = <T>(v: unknown): T => JSON.parse(JSON.stringify(v)) as T;
const HEADER = ['Name', 'Email', 'Phone', 'Company', 'Country', 'City', 'Notes'];

interface Field { column: number; header: string; values: Array<{ row: number; text: string }>; differs: boolean; pick: number }
interface Cluster { id: string; rows: number[]; primary: number; fields: Field[]; evidence: Array<{ field: string; sense: string; level: string }> }

function sheet() {
  return {
    values: [
      HEADER,
      ['Johan Eriksson', 'johan.eriksson@gota.se', 46765699964, 'Göta Bygg AB', 'Sweden', 'Göteborg', 'met at the fair'],
      ['Ayu Lestari', 'ayu@sinarmas.co.id', '0812-1111-2222', 'PT Sinar Mas', 'Indonesia', 'Jakarta', ''],
      ['JOHAN ERIKSSON', 'JOHAN.E@GOTA.SE', '#ERROR!', 'GÖTA BYGG AB', 'Thụy Điển', '', 'wants a quote'],
      ['Nguyễn Văn An', 'an.nguyen@abc.vn', '0912 345 678', 'Công ty TNHH ABC', 'Việt Nam', 'Hà Nội', ''],
    ],
  };
}

describe('duplicate review', () => {
  it('offers only the fields that differ after normalization, never an error or blank cell', () => {
    const h = harness(sheet(), 'sv_SE');
    const clusters = plain<Cluster[]>(h.bundle.sidebarGetReviewClusters());
    expect(clusters).toHaveLength(1);
    const c = clusters[0] as Cluster;
    expect(c.rows).toEqual([2, 4]);
    const field = (name: string) => c.fields.find((f) => f.header === name) as Field;
    expect(field('Name')).toMatchObject({ differs: false, values: [{ row: 2, text: 'Johan Eriksson' }, { row: 4, text: 'Johan Eriksson' }] });
    expect(field('Country').differs).toBe(false);
    expect(field('Company').differs).toBe(false);
    // The number cell reads as the phone the clean writes; the #ERROR! cell is not a candidate.
    expect(field('Phone')).toMatchObject({ differs: false, values: [{ row: 2, text: '+46765699964' }] });
    expect(field('Email')).toMatchObject({ differs: true });
    expect(field('Email').values.map((v) => v.text)).toEqual(['johan.eriksson@gota.se', 'johan.e@gota.se']);
    expect(field('Notes').differs).toBe(true);
    // City only in one row: filled from it, no choice needed.
    expect(field('City')).toMatchObject({ differs: false, values: [{ row: 2, text: 'Göteborg' }] });
    // The reason is evidence, not match keys.
    expect(JSON.stringify(c)).not.toMatch(/phone:|name:|email:/);
    expect(c.evidence.map((e) => e.field)).toContain('name');
  });

  it('the kept row becomes the merged row the review showed', () => {
    const h = harness(sheet(), 'sv_SE');
    const c = plain<Cluster[]>(h.bundle.sidebarGetReviewClusters())[0] as Cluster;
    const keep = 4;
    const picks: Record<string, number> = {};
    for (const f of c.fields) {
      const chosen = f.header === 'Email' ? 4 : f.values.some((v) => v.row === keep) ? keep : f.pick;
      picks[String(f.column)] = chosen;
    }
    const shown = c.fields.map((f) => [f.column, f.values.find((v) => v.row === picks[String(f.column)])?.text ?? ''] as const);
    h.bundle.sidebarMergeCluster({ id: c.id, primary: keep, picks });
    const rows = h.sheet.getRange(2, 1, h.sheet.getLastRow() - 1, HEADER.length).getDisplayValues();
    const kept = rows.find((r) => r[1] === 'johan.e@gota.se') as string[];
    expect(kept).toBeTruthy();
    for (const [column, text] of shown) expect(kept[column], HEADER[column]).toBe(text);
    expect(rows).toHaveLength(3);
  });
});
