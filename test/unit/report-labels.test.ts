// The HTML report names finding kinds with the sidebar's own words (one vocabulary, issue 12).
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/core/plan';
import { withDefaults } from '../../src/core/settings';
import { buildReportModel } from '../../src/core/report/report-model';
import { renderHtmlReport } from '../../src/core/report/html-report';
import { findingLabel } from '../../src/cli/finding-labels';
import { FINDING_KINDS } from '../../src/core/audit/kinds';

describe('report labels', () => {
  it('has an English label for every finding kind', () => {
    for (const kind of FINDING_KINDS) expect(findingLabel(kind)).not.toBe(kind);
  });

  it('shows the labels, not the codes', () => {
    const table = {
      header: ['Name', 'Email', 'Phone', 'Last activity'],
      rows: [
        ['Budi Santoso', 'N/A', '0812 3456 789 / 0813 1234 5678', '21/08/2099'],
        ['Siti Aminah', 'siti@maju.co.id', '12345', 'next week'],
      ],
    };
    const plan = clean(table, withDefaults({ defaultCountry: 'ID' }), { now: new Date(Date.UTC(2024, 5, 15)) });
    const html = renderHtmlReport(buildReportModel(table, plan, { file: 'contacts.csv', generatedAt: '2024-06-15' }), findingLabel);
    for (const label of ['Incomplete', 'Several phones in a cell', 'Date far ahead', 'Invalid phone', 'Invalid date']) expect(html).toContain(`<td>${label}</td>`);
    expect(html).not.toContain('<td>several-phones</td>');
  });
});
