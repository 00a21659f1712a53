// The HTML report names finding kinds with the sidebar's own words (one vocabulary, issue 12).
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/core/plan';
import { withDefaults } from '../../src/core/settings';
import { buildReportModel } from '../../src/core/report/report-model';
import { renderHtmlReport } from '../../src/core/report/html-report';
import { CATALOGUES } from '../../sidebar/i18n/catalogues';
import { FINDING_KINDS } from '../../src/core/audit/kinds';

describe('report labels', () => {
  it('has an English label for every finding kind', () => {
    for (const kind of FINDING_KINDS) expect(CATALOGUES.en[`kind.${kind}`], kind).toBeTruthy();
  });

  it('shows the labels of the new kinds, not their codes', () => {
    const table = {
      header: ['Name', 'Email', 'Phone', 'Last activity'],
      rows: [
        ['Budi Santoso', 'N/A', '0812 3456 789 / 0813 1234 5678', '21/08/2099'],
        ['Siti Aminah', 'siti@maju.co.id', '12345', 'next week'],
      ],
    };
    const plan = clean(table, withDefaults({ defaultCountry: 'ID' }), { now: new Date(Date.UTC(2024, 5, 15)) });
    const html = renderHtmlReport(buildReportModel(table, plan, { file: 'contacts.csv', generatedAt: '2024-06-15' }), { lang: 'en', catalogue: CATALOGUES.en, fallback: CATALOGUES.en });
    for (const kind of ['incomplete', 'several-phones', 'future-date', 'invalid-phone', 'invalid-date']) expect(html).toContain(CATALOGUES.en[`kind.${kind}`]);
    const text = html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ');
    expect(text).not.toMatch(/\bseveral-phones\b|\bfuture-date\b|\binvalid-date\b/);
  });
});
