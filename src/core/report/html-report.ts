/**
 * The clean report as one self-contained HTML page in the reader's language: inline CSS, no
 * scripts, no external assets, so it can be mailed or opened offline; readable on a phone (tables
 * become stacked rows) and on paper (filters hidden, every row shown). Every value is escaped.
 */
import type { Speaker } from '../messages';
import { biggestGain } from '../audit/score';
import { escapeHtml as h } from './escape-html';
import { attentionCss, attentionTable } from './attention-table';
import { clusterTables } from './cluster-tables';
import type { ReportModel, RuleSection } from './report-model';
import { wordsOf, type Words } from './words';

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1f2328;margin:0;background:#f6f8fa}
main{max-width:1000px;margin:0 auto;padding:24px 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.muted{color:#656d76}.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:14px 16px;margin:12px 0}
.scores{display:flex;gap:12px;flex-wrap:wrap}.scores .card{flex:1 1 140px;margin:0;text-align:center}
.scores b{display:block;font-size:30px}.good{color:#1a7f37}.mid{color:#9a6700}.bad{color:#cf222e}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eaeef2;vertical-align:top;overflow-wrap:anywhere}
th{background:#f6f8fa;font-weight:600;overflow-wrap:normal}td.n{text-align:right;font-variant-numeric:tabular-nums}
.table-wrap{overflow-x:auto}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#eff1f3;padding:1px 4px;border-radius:4px;overflow-wrap:anywhere}
.tag{display:inline-block;font-size:12px;padding:1px 8px;border-radius:10px;background:#dafbe1;color:#1a7f37}
.tag.doubtful{background:#fff8c5;color:#9a6700}
tr.kept td{font-weight:600}tr.result td{background:#dafbe1;font-weight:600}
details summary{cursor:pointer;padding:4px 0}
.f{position:absolute;opacity:0;width:1px;height:1px}
.chip{display:inline-block;margin:2px 0;padding:2px 10px;border:1px solid #d0d7de;border-radius:14px;background:#fff;cursor:pointer;font-size:13px}
.chip .n{color:inherit;opacity:.8}
.f:focus-visible+label,.f:focus-visible~.filters label{outline:none}
.filters p{margin:6px 0;line-height:2}
tr.more td{color:#656d76;font-style:italic}
.parts td.lost{color:#cf222e}
@media (max-width:600px){
 main{padding:12px 10px}.scores b{font-size:24px}
 table.stack thead{display:none}table.stack tr{display:block;border-bottom:1px solid #d0d7de;padding:6px 0}
 table.stack td{display:flex;gap:8px;border:0;padding:2px 4px}table.stack td::before{content:attr(data-label);flex:0 0 6.5em;color:#656d76}
 table.stack td.n{text-align:left}.parts{font-size:12px}.parts th,.parts td{padding:4px}
}
@media print{
 body{background:#fff}main{max-width:none;padding:0}.card{border-color:#999;break-inside:avoid}
 .filters,.f{display:none}tr.r{display:table-row!important}.table-wrap{overflow:visible}
 details>*{display:block}tr{break-inside:avoid}
}
`;

function scoreClass(score: number): string {
  return score >= 80 ? 'good' : score >= 50 ? 'mid' : 'bad';
}

function ruleSection(r: RuleSection, w: Words): string {
  const rows = r.examples
    .map((e) => `<tr><td class="n" data-label="${w.t('report.row')}">${e.row}</td><td data-label="${w.t('report.column')}">${h(e.column)}</td><td data-label="${w.t('report.before')}"><code>${h(e.before)}</code></td><td data-label="${w.t('report.after')}"><code>${h(e.after)}</code></td></tr>`)
    .join('');
  const more = r.count - r.examples.length;
  const moreRow = more > 0 ? `<tr class="more"><td colspan="4">${w.t('report.more', { n: more })}</td></tr>` : '';
  return `<details><summary>${w.label('rule', r.rule)} · ${w.n(r.count)}</summary>
<div class="table-wrap"><table class="stack"><thead><tr><th>${w.t('report.row')}</th><th>${w.t('report.column')}</th><th>${w.t('report.before')}</th><th>${w.t('report.after')}</th></tr></thead><tbody>${rows}${moreRow}</tbody></table></div></details>`;
}

/** One line on what the score means, what would raise it most now, and its parts before and after. */
function scoreSection(m: ReportModel, w: Words): string {
  const gain = biggestGain(m.partsAfter);
  const gainLine = gain ? `<p><b>${w.t('score.gain', { points: gain.lost })}</b> ${w.t(`score.action.${gain.dimension}`)}</p>` : `<p>${w.t('score.perfect')}</p>`;
  const rows = m.partsBefore
    .map((p, i) => {
      const after = m.partsAfter[i];
      return `<tr><td>${w.t(`score.dim.${p.dimension}`)}</td><td class="n">${w.n(p.points)}</td><td class="n lost">${p.lost ? `−${w.n(p.lost)}` : '0'}</td><td class="n lost">${after?.lost ? `−${w.n(after.lost)}` : '0'}</td></tr>`;
    })
    .join('');
  const parts = rows ? `<div class="table-wrap"><table class="parts"><thead><tr><th>${w.t('report.part')}</th><th>${w.t('report.points')}</th><th>${w.t('report.lostBefore')}</th><th>${w.t('report.lostAfter')}</th></tr></thead><tbody>${rows}</tbody></table></div>` : '';
  return `<div class="card" id="score"><p>${w.t('score.explain')}</p>${gainLine}${parts}</div>`;
}

function rolesSection(m: ReportModel, w: Words): string {
  const rows = m.header
    .map((header, i) => ({ header, role: m.roles[i] ?? null }))
    .filter((c) => c.header !== '' || c.role)
    .map((c) => `<tr><td>${h(c.header)}</td><td>${c.role ? w.label('field', c.role) : `<span class="muted">${w.t('settings.roleNone')}</span>`}</td></tr>`)
    .join('');
  return `<details class="card"><summary>${w.t('overview.roles')}</summary><div class="table-wrap"><table><tbody>${rows}</tbody></table></div></details>`;
}

export function renderHtmlReport(m: ReportModel, speaker: Speaker): string {
  const w = wordsOf(speaker);
  const outputs = m.outputs.map((o) => `<li>${w.t(o.label)}: <code>${h(o.path)}</code></li>`).join('');
  return `<!doctype html>
<html lang="${h(w.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${w.t('report.title')} · ${h(m.file)}</title><style>${CSS}${attentionCss(m)}</style></head>
<body><main>
<h1>${w.t('report.title')}</h1>
<p class="muted"><code>${h(m.file)}</code> · ${w.t('report.rows')}: ${w.n(m.rows)} · ${w.t('report.columns')}: ${w.n(m.columns)} · ${h(m.generatedAt)}</p>
<div class="scores">
<div class="card">${w.t('report.scoreBefore')}<b class="${scoreClass(m.scoreBefore)}">${w.n(m.scoreBefore)}</b></div>
<div class="card">${w.t('report.scoreAfter')}<b class="${scoreClass(m.scoreAfter)}">${w.n(m.scoreAfter)}</b></div>
<div class="card">${w.t('report.changes')}<b>${w.n(m.changes)}</b></div>
<div class="card">${w.t('report.merged')}<b>${w.n(m.merged)}</b><span class="muted">${w.t('report.archived')}: ${w.n(m.archived)} · ${w.t('report.review')}: ${w.n(m.review)}</span></div>
</div>
${scoreSection(m, w)}
${outputs ? `<div class="card">${w.t('report.files')}<ul>${outputs}</ul></div>` : ''}
<h2>${w.t('report.attention', { n: m.attentionTotal })}</h2>
<p class="muted">${w.t('report.attentionHint', { file: m.file })}</p>
${attentionTable(m, w)}
<h2>${w.t('report.changesTitle')}</h2>
<div class="card">${m.rules.length ? m.rules.map((r) => ruleSection(r, w)).join('\n') : `<p class="muted">${w.t('report.noChanges')}</p>`}</div>
<h2>${w.t('report.duplicates', { n: m.clusters.length + m.clustersOmitted })}</h2>
${clusterTables(m, w)}
${rolesSection(m, w)}
<p class="muted">${w.t('report.safe')}</p>
</main></body></html>
`;
}
