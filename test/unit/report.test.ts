// The clean report in the reader's language: labels instead of rule codes, rows that need a
// person with their sheet row numbers (and "and N more"), duplicate tables with the merged
// result, one line on the score; no script, every value escaped.
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/core/plan';
import { withDefaults } from '../../src/core/settings';
import { buildReportModel } from '../../src/core/report/report-model';
import { renderHtmlReport } from '../../src/core/report/html-report';
import { CATALOGUES } from '../../sidebar/i18n/catalogues';
import type { Language } from '../../src/core/messages';
import { HEADER, ROLES, backgroundRows, messyRows } from './plan-fixture';

const NOW = new Date(Date.UTC(2026, 10, 22, 12));
const table = { header: HEADER.slice(), rows: [...messyRows(), ...backgroundRows(120), ['<script>alert(1)</script>', 'x@<b>.co', '', '', '', '', '', '', '', '', 0]] };
const plan = clean(table, withDefaults({ roles: ROLES, defaultCountry: 'ID' }), { now: NOW });
const model = buildReportModel(table, plan, { file: 'kontakty.csv', generatedAt: '2026-11-22 12:00 UTC', rowsPerKind: 1 });
const report = (lang: Language) => renderHtmlReport(model, { lang, catalogue: CATALOGUES[lang], fallback: CATALOGUES.en });

describe('HTML report', () => {
  it('speaks the chosen language, never a raw code', () => {
    const cs = report('cs');
    expect(cs).toContain('<html lang="cs">');
    expect(cs).toContain('Zpráva CRM Hygiene');
    expect(cs).toContain(CATALOGUES.cs['kind.stale']);
    expect(cs).toContain(CATALOGUES.cs['rule.phone.e164']);
    expect(cs).toContain(CATALOGUES.cs['score.explain']);
    const text = cs.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
    expect(text).not.toMatch(/\b(rule|kind|field|report|score|review|msg)\.[a-z][\w.-]*/);
    expect(text).not.toMatch(/\b(phone\.e164|name\.case|list\.canonical)\b/);
  });

  it('lists the rows that need attention with sheet row numbers, filterable by kind and column, and "and N more"', () => {
    const en = report('en');
    const many = model.attention.find((k) => k.count > 1);
    if (!many) throw new Error('the fixture should have a kind of finding on more than one row');
    const k = many.kind;
    expect(many.rows).toHaveLength(1);
    const first = plan.findings.find((f) => f.kind === k);
    expect(many.rows[0]?.row).toBe((first?.row ?? 0) + 2);
    expect(en).toContain(`<input type="radio" class="f" name="kind" id="f-k-${k}">`);
    expect(en).toContain(`#f-k-${k}:checked~.table-wrap tr.r:not(.k-${k}){display:none}`);
    expect(en).toContain(`<tr class="r more k-${k}"><td colspan="4">${CATALOGUES.en[`kind.${k}`]}: …and ${many.count - 1} more</td></tr>`);
    const column = first?.column;
    if (column !== undefined) {
      expect(en).toContain(`#f-c-${column}:checked~.table-wrap tr.r:not(.c-${column}){display:none}`);
      expect(en).toContain(`<tr class="r k-${k} c-${column}"><td class="n" data-label="Row">${(first?.row ?? 0) + 2}</td>`);
    }
  });

  it('shows each merged group with its merged result, and one line on the score', () => {
    const en = report('en');
    const merged = model.clusters.find((c) => c.merged);
    expect(merged?.result).toBeTruthy();
    expect(en).toContain('<tr class="result"><td>Merged result</td>');
    expect(en).toMatch(/Biggest gain, \+[\d.]+:<\/b> /);
    expect(en).toContain('<table class="parts">');
  });

  it('is one page with no script and every value escaped', () => {
    const full = buildReportModel(table, plan, { file: '<b>kontakty</b>.csv', generatedAt: '2026-11-22 12:00 UTC' });
    const en = renderHtmlReport(full, { lang: 'en', catalogue: CATALOGUES.en });
    expect(en).toContain('&lt;b&gt;kontakty&lt;/b&gt;.csv');
    expect(en).not.toMatch(/<script/i);
    expect(en).toContain('x@&lt;b&gt;.co');
    expect(en).not.toContain('x@<b>');
    expect(en).not.toMatch(/<[^>]*\s(src|href)=/);
    expect(en).toContain('@media print');
    expect(en).toContain('@media (max-width:600px)');
  });
});
