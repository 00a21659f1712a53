/**
 * Duplicate groups as tables: the rows as they were typed, and for a merged group the merged
 * result (the kept row as the cleaned file has it); the reason as one sentence.
 */
import { escapeHtml as h } from './escape-html';
import type { ClusterSection, ReportModel } from './report-model';
import type { Words } from './words';


function clusterTable(c: ClusterSection, columns: string[], w: Words): string {
  const head = columns.map((col) => `<th>${h(col)}</th>`).join('');
  const members = c.members
    .map((m) => `<tr${m.row === c.primary ? ' class="kept"' : ''}><td class="n">${m.row}</td>${m.cells.map((v) => `<td>${h(v)}</td>`).join('')}</tr>`)
    .join('');
  const result = c.result ? `<tr class="result"><td>${w.t('report.mergedResult')}</td>${c.result.map((v) => `<td>${h(v)}</td>`).join('')}</tr>` : '';
  const tag = c.merged ? `<span class="tag">${w.t('report.mergedTag')}</span>` : `<span class="tag doubtful">${w.t('report.reviewTag')}</span>`;
  const kept = c.merged ? w.t('report.keptRow', { row: c.primary, pct: Math.round(c.score * 100) }) : w.t('review.matchPct', { pct: Math.round(c.score * 100) });
  return `<div class="card cluster"><p>${tag} ${kept}</p><p>${w.reason(c.reason)}</p>
<div class="table-wrap"><table><thead><tr><th>${w.t('report.row')}</th>${head}</tr></thead><tbody>${members}${result}</tbody></table></div></div>`;
}

export function clusterTables(m: ReportModel, w: Words): string {
  if (m.clusters.length === 0) return `<p class="muted">${w.t('report.noDuplicates')}</p>`;
  const total = m.clusters.length + m.clustersOmitted;
  const omitted = m.clustersOmitted ? `<p class="muted">${w.t('report.clustersShown', { shown: m.clusters.length, total })}</p>` : '';
  return omitted + m.clusters.map((c) => clusterTable(c, m.memberColumns, w)).join('\n');
}
