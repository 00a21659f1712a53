/**
 * The clean report as one self-contained HTML page: inline CSS, inline SVG, no scripts, no
 * external assets, so it can be mailed or opened offline. Every value is HTML-escaped.
 */
import { escapeHtml as h } from './escape-html';
import { findingsChart } from './findings-chart';
import type { ClusterSection, ReportModel, RuleSection } from './report-model';

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:0;background:#f6f8fa}
main{max-width:1000px;margin:0 auto;padding:24px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}
.muted{color:#656d76}.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:16px;margin:12px 0}
.scores{display:flex;gap:16px;flex-wrap:wrap}.score{flex:1;min-width:140px;text-align:center}
.score b{display:block;font-size:36px}.good{color:#1a7f37}.mid{color:#9a6700}.bad{color:#cf222e}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eaeef2;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right;font-variant-numeric:tabular-nums}
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;background:#eff1f3;padding:1px 4px;border-radius:4px;word-break:break-all}
.tag{display:inline-block;font-size:11px;padding:1px 6px;border-radius:10px;background:#ddf4ff;color:#0969da}
.tag.doubtful{background:#fff8c5;color:#9a6700}.primary td{font-weight:600}
details summary{cursor:pointer}
`;

function scoreClass(score: number): string {
  return score >= 80 ? 'good' : score >= 50 ? 'mid' : 'bad';
}

function ruleSection(r: RuleSection): string {
  const rows = r.examples
    .map((e) => `<tr><td class="n">${e.row}</td><td>${h(e.column)}</td><td><code>${h(e.before)}</code></td><td><code>${h(e.after)}</code></td><td>${h(e.why)}</td></tr>`)
    .join('');
  return `<details><summary><code>${h(r.rule)}</code> — ${r.count} cell${r.count === 1 ? '' : 's'}</summary>
<table><tr><th>Row</th><th>Column</th><th>Before</th><th>After</th><th>Why</th></tr>${rows}</table></details>`;
}

function clusterSection(c: ClusterSection, columns: string[]): string {
  const head = columns.map((col) => `<th>${h(col)}</th>`).join('');
  const members = c.members
    .map((m) => `<tr${m.row === c.primary ? ' class="primary"' : ''}><td class="n">${m.row}${m.row === c.primary ? ' ★' : ''}</td>${m.cells.map((v) => `<td>${h(v)}</td>`).join('')}</tr>`)
    .join('');
  const status = c.merged ? 'merged' : c.confidence === 'sure' ? 'sure' : 'left for review';
  return `<div class="card"><div><span class="tag ${h(c.confidence)}">${h(status)}</span> rows ${h(c.rows.join(', '))} · primary row ${c.primary} · score ${c.score.toFixed(2)}</div>
<ul>${c.reasons.map((r) => `<li>${h(r)}</li>`).join('')}</ul>
<table><tr><th>Row</th>${head}</tr>${members}</table></div>`;
}

/** `findingLabel` gives the words for a finding kind (the CLI passes the sidebar's labels). */
export function renderHtmlReport(m: ReportModel, findingLabel: (kind: string) => string = (kind) => kind): string {
  const outputs = m.outputs.map((o) => `<li>${h(o.label)}: <code>${h(o.path)}</code></li>`).join('');
  const kinds = m.findingsByKind.map((k) => `<tr><td>${h(findingLabel(k.kind))}</td><td class="n">${k.count}</td></tr>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${h(m.title)} — ${h(m.file)}</title><style>${CSS}</style></head>
<body><main>
<h1>${h(m.title)}</h1>
<div class="muted"><code>${h(m.file)}</code> · ${m.rows} rows · ${m.columns} columns · ${h(m.generatedAt)}</div>
<div class="scores">
<div class="card score">Quality score before<b class="${scoreClass(m.scoreBefore)}">${m.scoreBefore}</b></div>
<div class="card score">after cleaning<b class="${scoreClass(m.scoreAfter)}">${m.scoreAfter}</b></div>
<div class="card score">cells changed<b>${m.changes}</b></div>
<div class="card score">duplicates merged<b>${m.merged}</b><span class="muted">${m.archived} rows archived · ${m.review} for review</span></div>
</div>
${outputs ? `<div class="card">Files written<ul>${outputs}</ul></div>` : ''}
<h2>Findings still to look at (${m.findingsTotal})</h2>
<div class="card">${findingsChart(m.findings.map((f) => ({ ...f, kind: findingLabel(f.kind) })))}
${kinds ? `<table><tr><th>Kind</th><th>Findings</th></tr>${kinds}</table>` : ''}</div>
<h2>Changes by rule</h2>
<div class="card">${m.rules.length ? m.rules.map(ruleSection).join('\n') : '<p class="muted">No cell needed a change.</p>'}</div>
<h2>Columns read as</h2>
<div class="card"><table><tr><th>Column</th><th>Read as</th></tr>${m.roles.map((r) => `<tr><td>${h(r.header)}</td><td>${r.role ? `<code>${h(r.role)}</code>` : '<span class="muted">not used</span>'}</td></tr>`).join('')}</table></div>
<h2>Duplicate clusters (${m.clusters.length + m.clustersOmitted})</h2>
${m.clustersOmitted ? `<p class="muted">The first ${m.clusters.length} are shown; ${m.clustersOmitted} more are in the output of <code>crm-hygiene clean --json</code> (merged ones also in the archive file).</p>` : ''}
${m.clusters.length ? m.clusters.map((c) => clusterSection(c, m.memberColumns)).join('\n') : '<p class="muted">No duplicates found.</p>'}
<p class="muted">Nothing was deleted: merged-away rows are in the archive file with the reason and their original row number.</p>
</main></body></html>
`;
}
