/// <reference lib="dom" />
// Overview: quality score with what it means and what would raise it most, findings by kind and by
// column, the columns as they were read, and the trend of past audits.
import type { App } from '../app';
import { bars, gauge, scoreBand, trend } from '../chart';
import { h, replace } from '../dom';
import { label, t } from '../i18n';
import { call } from '../api';
import type { AuditHistory, FindingCount, Overview } from '../../../src/contract/sidebar';
import { formatDate, kindLabel, trendText } from '../audit-text';
import { biggestGain, scoreParts } from './score';

function sum(findings: FindingCount[], by: (f: FindingCount) => string): Array<{ label: string; value: number }> {
  const totals = new Map<string, number>();
  for (const f of findings) totals.set(by(f), (totals.get(by(f)) ?? 0) + f.count);
  return [...totals].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value);
}

function scoreCard(o: Overview, app: App): HTMLElement {
  const score = o.score ?? 0;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'score-title' },
    h(
      'div',
      { class: 'score-card' },
      o.score === null ? h('div', { class: 'gauge-empty' }, '–') : gauge(score, t('overview.scoreAria', { score: Math.round(score) })),
      h(
        'div',
        { class: 'score-text' },
        h('h2', { id: 'score-title' }, t('overview.score')),
        h('p', { class: `score-band band-${scoreBand(score)}` }, o.score === null ? t('overview.noScore') : t(`overview.band.${scoreBand(score)}`)),
        h('p', { class: 'muted small' }, t('overview.sheetRows', { sheet: o.sheetName, n: o.rows })),
      ),
    ),
    o.score === null ? null : h('p', { class: 'hint', id: 'score-explain' }, t('score.explain')),
    biggestGain(o.scoreParts, app, o.review),
    o.scoreParts.length ? scoreParts(o.scoreParts) : null,
  );
}

function findingsCard(o: Overview): HTMLElement {
  const byKind = sum(o.findings, (f) => kindLabel(String(f.kind)));
  const byColumn = sum(o.findings.filter((f) => f.column), (f) => f.column).slice(0, 6);
  const total = byKind.reduce((n, b) => n + b.value, 0);
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'findings-title' },
    h('h2', { id: 'findings-title' }, t('overview.findings', { n: total })),
    total === 0
      ? h('p', { class: 'muted' }, t('overview.noFindings'))
      : h('div', null, h('h3', null, t('overview.byKind')), bars(byKind, t('overview.byKind')), byColumn.length ? h('h3', null, t('overview.byColumn')) : null, byColumn.length ? bars(byColumn, t('overview.byColumn'), true) : null),
  );
}

/** Which column was read as what (the settings say it too, and change it). */
function rolesCard(o: Overview, app: App): HTMLElement | null {
  const columns = o.settings.columns.filter((c) => c.header !== '' || c.role);
  if (columns.length === 0) return null;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'roles-title', id: 'roles-card' },
    h('h2', { id: 'roles-title' }, t('overview.roles')),
    h(
      'ul',
      { class: 'roles' },
      ...columns.map((c) =>
        h('li', { 'data-column': c.index }, h('span', { class: 'header data' }, c.header || t('settings.untitled', { n: c.index + 1 })), h('span', { class: c.role ? 'role' : 'role none' }, c.role ? label('field', c.role) : t('settings.roleNone'))),
      ),
    ),
    h('button', { type: 'button', class: 'btn btn-text', id: 'go-roles', on: { click: () => app.show('settings') } }, t('overview.rolesEdit')),
  );
}

function trendCard(o: Overview, audits: AuditHistory | null, app: App): HTMLElement {
  const history = audits ? audits.points.slice(-20).map((p) => ({ time: p.time, score: p.score })) : o.history.slice(-20);
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'trend-title' },
    h('h2', { id: 'trend-title' }, t('overview.trend')),
    history.length === 0
      ? h('p', { class: 'muted' }, t('overview.noAudits'))
      : h(
          'div',
          null,
          trend(history.map((p) => p.score), t('overview.trendAria', { first: Math.round(history[0]!.score), last: Math.round(history[history.length - 1]!.score), n: history.length })),
          audits ? h('p', { class: 'small', id: 'overview-trend' }, trendText(audits.trend)) : null,
          h('p', { class: 'muted small' }, t('overview.lastAudit', { date: formatDate(history[history.length - 1]!.time) })),
        ),
    h('button', { type: 'button', class: 'btn btn-text', id: 'go-audits', on: { click: () => app.show('audits') } }, t('overview.goAudits')),
  );
}

export async function renderOverview(el: HTMLElement, app: App): Promise<void> {
  // The trend comes from the audit history (getAuditHistory), asked for next to the overview.
  const historyCall: Promise<AuditHistory | null> = call('getAuditHistory', 20).catch(() => null);
  if (!app.fresh || !app.overview) await app.refresh();
  app.fresh = false;
  const audits = await historyCall;
  const o = app.overview;
  if (!o) return;
  const actions = h(
    'div',
    { class: 'actions' },
    h('button', { type: 'button', class: 'btn btn-primary', id: 'go-clean', on: { click: () => app.show('clean') } }, t('overview.goClean')),
    o.review > 0 ? h('button', { type: 'button', class: 'btn', id: 'go-duplicates', on: { click: () => app.show('duplicates') } }, t('overview.goReview', { n: o.review })) : null,
  );
  replace(el, scoreCard(o, app), actions, findingsCard(o), rolesCard(o, app), trendCard(o, audits, app));
}
