// Row highlights and "why" notes from the plan's findings, computed as whole-block arrays so
// they are written with one setBackgrounds and one setNotes.
import type { FindingKind, Plan } from '../core/plan-types';

export const NOTE_PREFIX = 'CRM Hygiene: ';

/** One colour per kind; the first kind in this order wins when a row has several. */
const COLORS: Array<[FindingKind[], string]> = [
  [['invalid-phone', 'invalid-email', 'disposable-email', 'invalid-date', 'future-date'], '#f4cccc'],
  [['incomplete'], '#fff2cc'],
  [['stale', 'outdated'], '#d9d9d9'],
  [['suspected-duplicate'], '#cfe2f3'],
  [['role-account', 'non-canonical', 'several-phones', 'ambiguous-date'], '#fce5cd'],
];
const OUR_COLORS = new Set(COLORS.map(([, c]) => c));

export function colorFor(kinds: Set<FindingKind>): string | null {
  for (const [group, color] of COLORS) if (group.some((k) => kinds.has(k))) return color;
  return null;
}

function withoutOurLines(note: string): string[] {
  return note === '' ? [] : note.split('\n').filter((line) => !line.startsWith(NOTE_PREFIX));
}

export interface Highlights {
  backgrounds: string[][];
  notes: string[][];
  changedBackgrounds: boolean;
  changedNotes: boolean;
  highlightedRows: number;
}

export function computeHighlights(plan: Plan, backgrounds: string[][], notes: string[][], skipRows: Set<number>): Highlights {
  const kindsByRow = new Map<number, Set<FindingKind>>();
  const linesByCell = new Map<string, string[]>();
  const addLine = (row: number, column: number, line: string): void => {
    const key = `${row}|${column}`;
    const list = linesByCell.get(key) ?? [];
    if (!list.includes(line)) list.push(line);
    linesByCell.set(key, list);
  };
  for (const f of plan.findings) {
    if (skipRows.has(f.row)) continue;
    const kinds = kindsByRow.get(f.row) ?? new Set<FindingKind>();
    kinds.add(f.kind);
    kindsByRow.set(f.row, kinds);
    addLine(f.row, f.column ?? 0, NOTE_PREFIX + f.why);
  }
  for (const m of plan.merges) {
    if (m.merge.note && m.noteColumn === undefined) addLine(m.primary, 0, `${NOTE_PREFIX}merged ${m.losers.length} duplicate(s): ${m.merge.note}`);
  }

  let changedBackgrounds = false;
  let changedNotes = false;
  const bg = backgrounds.map((row, r) => {
    if (skipRows.has(r)) return row;
    const color = kindsByRow.has(r) ? colorFor(kindsByRow.get(r) as Set<FindingKind>) : null;
    return row.map((old) => {
      const next = color ?? (OUR_COLORS.has(old) ? '#ffffff' : old);
      if (next !== old) changedBackgrounds = true;
      return next;
    });
  });
  const nt = notes.map((row, r) => {
    if (skipRows.has(r)) return row;
    return row.map((old, c) => {
      const lines = [...withoutOurLines(old ?? ''), ...(linesByCell.get(`${r}|${c}`) ?? [])];
      const next = lines.join('\n');
      if (next !== (old ?? '')) changedNotes = true;
      return next;
    });
  });
  return { backgrounds: bg, notes: nt, changedBackgrounds, changedNotes, highlightedRows: kindsByRow.size };
}
