/**
 * The readable summary printed after a run: what was recognised, what changed (per rule, with a
 * few examples) and what needs a person (findings per kind). Plain text, no colours, so it reads
 * the same in a terminal, a CI log and a file.
 */
import type { Cell, ColumnRoles } from '../core/table';
import type { CellChange } from '../core/normalize/normalize-table';
import { cellText } from './output/cell-text';
import type { RowNumber } from './sheet-rows';

const EXAMPLES_PER_RULE = 2;

function show(v: Cell, max = 40): string {
  const s = JSON.stringify(cellText(v));
  return s.length > max ? `${s.slice(0, max - 2)}…"` : s;
}

export function rolesLine(header: readonly string[], roles: ColumnRoles): string {
  const mapped = header.map((h, i) => (roles[i] ? `${h}=${roles[i]}` : null)).filter(Boolean);
  const unmapped = header.filter((_h, i) => !roles[i]);
  return `Columns: ${mapped.join(', ') || '(none recognised)'}${unmapped.length ? `; left as is: ${unmapped.join(', ')}` : ''}`;
}

/** "phone.e164  301  row 2: "0812..." -> "+62812..."" lines, busiest rule first. */
export function changeLines(changes: readonly CellChange[], sheetRow: RowNumber, totals?: Record<string, number>): string[] {
  const byRule = new Map<string, CellChange[]>();
  for (const c of changes) {
    const list = byRule.get(c.rule);
    if (!list) byRule.set(c.rule, [c]);
    else if (list.length < EXAMPLES_PER_RULE) list.push(c);
  }
  // Totals from the plan summary when given: a batched plan keeps only example edits.
  const counts = totals ? new Map(Object.entries(totals)) : countBy(changes, (c) => c.rule);
  const width = Math.max(4, ...[...counts.keys()].map((r) => r.length));
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([rule, n]) => {
      const ex = (byRule.get(rule) ?? []).map((c) => `row ${sheetRow(c.row)}: ${show(c.before)} -> ${show(c.after)}`).join('; ');
      return `  ${rule.padEnd(width)} ${String(n).padStart(7)}  ${ex}`;
    });
}

export function countLines(counts: Map<string, number>): string[] {
  const width = Math.max(4, ...[...counts.keys()].map((k) => k.length));
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `  ${k.padEnd(width)} ${String(n).padStart(7)}`);
}

export function countBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}
