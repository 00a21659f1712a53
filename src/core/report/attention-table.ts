/**
 * The rows that need a person, as one table filtered by kind and by column with no script (the
 * report is mailed and opened offline): a radio button per kind and per column, and a CSS rule per
 * button hiding the rows of other kinds or columns. Both filters apply together.
 */
import { escapeHtml as h } from './escape-html';
import type { ReportModel } from './report-model';
import type { Words } from './words';

const kindClass = (kind: string): string => `k-${kind.replace(/[^a-z0-9-]/gi, '')}`;
const columnClass = (column: number | null): string => (column === null ? 'c-row' : `c-${column}`);

interface Chip {
  name: 'kind' | 'column';
  id: string;
  text: string;
  count: number | null;
}

const radio = (c: Chip, checked: boolean): string => `<input type="radio" class="f" name="${c.name}" id="${c.id}"${checked ? ' checked' : ''}>`;

function chipLabel(c: Chip, w: Words): string {
  return `<label class="chip" for="${c.id}">${c.text}${c.count === null ? '' : ` <span class="n">${w.n(c.count)}</span>`}</label>`;
}

/** Columns that have findings, with counts, in sheet order; whole-row findings last. */
function columnsWithFindings(m: ReportModel): Array<{ column: number | null; count: number }> {
  const counts = new Map<number | null, number>();
  for (const k of m.attention) for (const r of k.rows) counts.set(r.column, (counts.get(r.column) ?? 0) + 1);
  return [...counts].map(([column, count]) => ({ column, count })).sort((a, b) => (a.column ?? Infinity) - (b.column ?? Infinity));
}

/** The CSS that makes the radio buttons filter (one rule per button). */
export function attentionCss(m: ReportModel): string {
  const rules: string[] = [];
  for (const k of m.attention) {
    const c = kindClass(k.kind);
    rules.push(`#f-${c}:checked~.table-wrap tr.r:not(.${c}){display:none}`, `#f-${c}:checked~.filters label[for=f-${c}]{background:#1a73e8;color:#fff}`);
  }
  for (const { column } of columnsWithFindings(m)) {
    const c = columnClass(column);
    rules.push(`#f-${c}:checked~.table-wrap tr.r:not(.${c}){display:none}`, `#f-${c}:checked~.filters label[for=f-${c}]{background:#1a73e8;color:#fff}`);
  }
  rules.push('#f-k-all:checked~.filters label[for=f-k-all],#f-c-all:checked~.filters label[for=f-c-all]{background:#1a73e8;color:#fff}');
  return rules.join('\n');
}

export function attentionTable(m: ReportModel, w: Words): string {
  if (m.attentionTotal === 0) return `<p class="muted">${w.t('overview.noFindings')}</p>`;
  const columns = columnsWithFindings(m);
  const columnName = (c: number | null): string => (c === null ? w.t('report.wholeRow') : h(m.header[c] ?? `${c + 1}`));
  const kinds: Chip[] = [
    { name: 'kind', id: 'f-k-all', text: w.t('report.all'), count: m.attentionTotal },
    ...m.attention.map((k): Chip => ({ name: 'kind', id: `f-${kindClass(k.kind)}`, text: w.label('kind', k.kind), count: k.count })),
  ];
  const cols: Chip[] = [
    { name: 'column', id: 'f-c-all', text: w.t('report.all'), count: null },
    ...columns.map((c): Chip => ({ name: 'column', id: `f-${columnClass(c.column)}`, text: columnName(c.column), count: null })),
  ];
  // The radio buttons come first and their labels later (in .filters): the ~ rules of
  // attentionCss reach the labels and the table from the buttons.
  const radios = [...kinds, ...cols].map((c) => radio(c, c.id.endsWith('-all'))).join('');
  const labels = (list: Chip[]) => list.map((c) => chipLabel(c, w)).join(' ');
  const rows = m.attention.flatMap((k) => {
    const lines = k.rows.map(
      (r) =>
        `<tr class="r ${kindClass(r.kind)} ${columnClass(r.column)}"><td class="n" data-label="${w.t('report.row')}">${r.row}</td><td data-label="${w.t('report.kind')}">${w.label('kind', r.kind)}</td><td data-label="${w.t('report.column')}">${columnName(r.column)}</td><td data-label="${w.t('report.value')}">${r.value === '' ? `<span class="muted">${w.t('clean.blank')}</span>` : h(r.value)}</td></tr>`,
    );
    const more = k.count - k.rows.length;
    // "and N more" belongs to its kind: it shows under that kind's filter (and under All).
    if (more > 0) lines.push(`<tr class="r more ${kindClass(k.kind)}"><td colspan="4">${w.label('kind', k.kind)}: ${w.t('report.more', { n: more })}</td></tr>`);
    return lines;
  });
  return `<div class="attention">${radios}
<div class="filters"><p><span class="muted">${w.t('report.filterKind')}</span> ${labels(kinds)}</p><p><span class="muted">${w.t('report.filterColumn')}</span> ${labels(cols)}</p></div>
<div class="table-wrap"><table class="stack"><thead><tr><th>${w.t('report.row')}</th><th>${w.t('report.kind')}</th><th>${w.t('report.column')}</th><th>${w.t('report.value')}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div></div>`;
}
