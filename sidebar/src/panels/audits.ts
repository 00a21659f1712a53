/// <reference lib="dom" />
// Audits: run an audit now, schedule audits (weekly or monthly), clean at entry, and archive
// inactive rows (preview, confirm, undo). The server's texts are English, so the panel builds
// its own sentences from the structured fields; every value from the sheet is shown as text.
import type { App } from '../app';
import { call } from '../api';
import { undoInSidebar } from '../waiting-clean';
import { h, replace, uid } from '../dom';
import { currentLanguage, format, t, tell } from '../i18n';
import { formatDate, inSheetZone, kindLabel, trendText } from '../audit-text';
import { fact, field, select } from '../ui';
import type { ArchivePreview, AuditHistory, AuditRun, AuditSchedule, EntryGuard, ScheduleRequest, WeekDayName } from '../../../src/contract/sidebar';

export const WEEK_DAYS: WeekDayName[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const DEFAULT_HOUR = 7;

/** The weekday's name in the UI language (1 Jan 2024 was a Monday). */
export function weekDayName(day: string): string {
  const i = WEEK_DAYS.indexOf(day.toUpperCase() as WeekDayName);
  if (i < 0) return day;
  return new Intl.DateTimeFormat(currentLanguage(), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + i)));
}

function hourText(hour: number): string {
  return `${String(((hour % 24) + 24) % 24).padStart(2, '0')}:00`;
}

/** "Every Monday, 07:00–08:00" / "Day 15 of every month, 09:00–10:00". */
export function scheduleText(s: AuditSchedule): string {
  if (!s.scheduled || s.hour === undefined) return t('audits.notScheduled');
  const window = { from: hourText(s.hour), to: hourText(s.hour + 1) };
  if (s.frequency === 'monthly') return t('audits.monthlyOn', { day: s.monthDay ?? 1, ...window });
  return t('audits.weeklyOn', { day: weekDayName(s.weekDay ?? 'MONDAY'), ...window });
}

/** The day of a time in the spreadsheet's zone (the schedule's hours are its), e.g. "Mon, 23 Nov 2026". */
function dayText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLanguage(), inSheetZone({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' })).format(d);
}

function card(id: string, title: string, ...children: Array<Node | null>): HTMLElement {
  const titleId = `${id}-title`;
  return h('section', { class: 'card', id, 'aria-labelledby': titleId }, h('h2', { id: titleId }, title), ...children);
}

export async function renderAudits(el: HTMLElement, app: App): Promise<void> {
  if (!app.overview) await app.refresh();
  const [schedule, guard, history] = await Promise.all([call('getAuditSchedule'), call('getEntryGuard'), call('getAuditHistory', 2)]);
  replace(el, runCard(app, history), scheduleCard(app, schedule), entryCard(app, guard), archiveCard(app));
}

// ---- Run audit now -------------------------------------------------------------------------

function lastAudit(history: AuditHistory): HTMLElement | null {
  const last = history.points[history.points.length - 1];
  if (!last) return h('p', { class: 'muted' }, t('audits.noAuditYet'));
  return h(
    'div',
    null,
    h('p', { class: 'muted small' }, t('audits.lastAudit', { date: formatDate(last.time), score: Math.round(last.score * 10) / 10 })),
    h('p', { class: 'small', id: 'audit-trend' }, trendText(history.trend)),
  );
}

function runResult(r: AuditRun, history: AuditHistory): HTMLElement {
  const counts = Object.entries(r.counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  return h(
    'div',
    { id: 'audit-done' },
    h(
      'dl',
      { class: 'facts' },
      fact(t('audits.resultScore'), Math.round(r.score * 10) / 10),
      fact(t('audits.resultRows'), r.rows),
      fact(t('audits.resultFlagged'), r.flaggedRows),
    ),
    counts.length
      ? h('ul', { class: 'rule-list', 'aria-label': t('overview.byKind') }, ...counts.map(([kind, n]) => h('li', null, h('span', null, kindLabel(kind)), h('span', { class: 'count' }, format(n)))))
      : null,
    h('p', { class: 'small', id: 'audit-trend' }, trendText(history.trend)),
    r.duplicatesChecked ? null : h('p', { class: 'hint' }, t('msg.audit.noDuplicateCheck')),
    h('p', { class: 'hint' }, t('audits.historyHint')),
  );
}

function runCard(app: App, history: AuditHistory): HTMLElement {
  const result = h('div', { class: 'result', 'aria-live': 'polite' }, lastAudit(history));
  const button = h('button', { type: 'button', class: 'btn btn-primary', id: 'run-audit' }, t('audits.run'));
  const section = card('audit-now', t('audits.runTitle'), h('p', { class: 'hint' }, t('audits.runHint')), h('div', { class: 'actions' }, button), result);
  button.addEventListener('click', () =>
    void app.busy(section, async () => {
      const r = await call('runAuditNow');
      const fresh = await call('getAuditHistory', 2);
      app.fresh = false; // the overview asks again: the score and trend changed
      replace(result, runResult(r, fresh));
      app.notify(t('audits.ran', { score: Math.round(r.score * 10) / 10 }), 'success');
    }),
  );
  return section;
}

// ---- Scheduled audits ----------------------------------------------------------------------

function scheduleStatus(s: AuditSchedule): HTMLElement {
  const last = s.lastRun;
  return h(
    'div',
    { id: 'schedule-status', 'data-scheduled': s.scheduled ? 'true' : 'false' },
    h('p', { class: s.scheduled ? 'state state-on' : 'state' }, scheduleText(s)),
    s.scheduled && s.sheet ? h('p', { class: 'muted small' }, t('audits.onSheet', { sheet: s.sheet })) : null,
    s.scheduled && s.nextRun && s.hour !== undefined
      ? h('p', { class: 'muted small', id: 'next-run' }, t('audits.nextRun', { date: dayText(s.nextRun), from: hourText(s.hour), to: hourText(s.hour + 1) }))
      : null,
    last
      ? h(
          'p',
          { class: `small ${last.ok ? 'muted' : 'band-poor'}`, id: 'last-run' },
          last.ok
            ? t('audits.lastRunOk', { date: formatDate(last.time), score: typeof last.score === 'number' ? Math.round(last.score * 10) / 10 : '–' })
            : t('audits.lastRunFailed', { date: formatDate(last.time), message: tell(last.message) }),
        )
      : null,
  );
}

function scheduleCard(app: App, initial: AuditSchedule): HTMLElement {
  let current = initial;
  const status = h('div', { 'aria-live': 'polite' });
  const frequency = select('audit-frequency', current.frequency ?? 'weekly', [
    ['weekly', t('audits.weekly')],
    ['monthly', t('audits.monthly')],
  ]);
  const weekDay = select(
    'audit-weekday',
    (current.weekDay ?? 'MONDAY').toUpperCase(),
    WEEK_DAYS.map((d): [string, string] => [d, weekDayName(d)]),
  );
  const monthDay = select(
    'audit-monthday',
    String(current.monthDay ?? 1),
    Array.from({ length: 28 }, (_, i): [string, string] => [String(i + 1), format(i + 1)]),
  );
  const hour = select(
    'audit-hour',
    String(current.hour ?? DEFAULT_HOUR),
    Array.from({ length: 24 }, (_, i): [string, string] => [String(i), `${hourText(i)}–${hourText(i + 1)}`]),
  );
  const weekField = field(t('audits.weekDay'), weekDay);
  const monthField = field(t('audits.monthDay'), monthDay, t('audits.monthDayHint'));
  const save = h('button', { type: 'submit', class: 'btn btn-primary', id: 'schedule-audits' });
  const stop = h('button', { type: 'button', class: 'btn', id: 'stop-audits' }, t('audits.stop'));

  const sync = (): void => {
    const monthly = frequency.value === 'monthly';
    weekField.hidden = monthly;
    monthField.hidden = !monthly;
    replace(status, scheduleStatus(current));
    replace(save, current.scheduled ? t('audits.update') : t('audits.save'));
    stop.hidden = !current.scheduled;
  };
  frequency.addEventListener('change', sync);

  const form = h(
    'form',
    { class: 'form', novalidate: true },
    field(t('audits.frequency'), frequency),
    weekField,
    monthField,
    field(t('audits.hour'), hour, t('audits.hourHint')),
    h('div', { class: 'actions' }, save, stop),
  );
  const section = card('audit-schedule', t('audits.scheduleTitle'), status, h('p', { class: 'hint' }, t('audits.scheduleHint')), form);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const request: ScheduleRequest =
      frequency.value === 'monthly'
        ? { frequency: 'monthly', monthDay: Number(monthDay.value), hour: Number(hour.value) }
        : { frequency: 'weekly', weekDay: weekDay.value as WeekDayName, hour: Number(hour.value) };
    void app.busy(section, async () => {
      current = await call('scheduleAudits', request);
      sync();
      app.notify(t('audits.saved', { when: scheduleText(current) }), 'success');
    });
  });
  stop.addEventListener('click', () =>
    void app.busy(section, async () => {
      current = await call('stopScheduledAudits');
      sync();
      save.focus();
      app.notify(t('audits.stopped'), 'success');
    }),
  );
  sync();
  return section;
}

// ---- Clean at entry ------------------------------------------------------------------------

function entryCard(app: App, initial: EntryGuard): HTMLElement {
  const hintId = uid('hint');
  const box = h('input', { type: 'checkbox', id: 'entry-guard', role: 'switch', checked: initial.enabled, 'aria-describedby': hintId });
  const status = h('p', { class: 'muted small', id: 'entry-status', 'aria-live': 'polite' });
  const show = (g: EntryGuard): void => {
    box.checked = g.enabled;
    box.setAttribute('aria-checked', g.enabled ? 'true' : 'false');
    status.setAttribute('data-enabled', g.enabled ? 'true' : 'false');
    status.textContent = g.enabled ? t('entry.onFor', { sheet: g.sheet }) : t('entry.off');
  };
  const section = card(
    'entry-card',
    t('entry.title'),
    h('div', { class: 'check switch' }, box, h('label', { for: 'entry-guard' }, t('entry.toggle'))),
    h('p', { class: 'hint', id: hintId }, t('entry.hint')),
    status,
  );
  box.addEventListener('change', () => {
    const want = box.checked;
    void app.busy(section, async () => {
      try {
        const g = await call('setEntryGuard', want);
        show(g);
        app.notify(g.enabled ? t('entry.turnedOn', { sheet: g.sheet }) : t('entry.turnedOff'), 'success');
      } catch (e) {
        box.checked = !want; // the switch shows what the server has, not what was clicked
        throw e;
      }
    });
  });
  show(initial);
  return section;
}

// ---- Archive inactive rows -----------------------------------------------------------------

function archiveCard(app: App): HTMLElement {
  const months = h('input', { id: 'archive-months', type: 'number', min: '1', max: '240', step: '1', value: String(app.overview?.settings.staleMonths || 18), class: 'short' });
  const previewButton = h('button', { type: 'submit', class: 'btn', id: 'archive-preview' }, t('archive.preview'));
  const result = h('div', { class: 'result', id: 'archive-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'form', novalidate: true }, field(t('archive.months'), months), h('div', { class: 'actions' }, previewButton));
  const section = card('archive-card', t('archive.title'), h('p', { class: 'hint' }, t('archive.hint')), form, result);

  const monthsValue = (): number | null => {
    const n = Number(months.value);
    if (!Number.isInteger(n) || n < 1 || n > 240) {
      months.setAttribute('aria-invalid', 'true');
      app.notify(t('msg.archive.months'), 'error');
      months.focus();
      return null;
    }
    months.removeAttribute('aria-invalid');
    return n;
  };

  const showPreview = (p: ArchivePreview): void => {
    if (p.inactive === 0) {
      replace(result, h('p', { class: 'muted', id: 'archive-none' }, t('archive.none', { months: p.months })));
      return;
    }
    const confirm = h('button', { type: 'button', class: 'btn btn-primary', id: 'archive-confirm' }, t('archive.confirm', { n: p.inactive }));
    const cancel = h('button', { type: 'button', class: 'btn', id: 'archive-cancel', on: { click: () => replace(result) } }, t('action.cancel'));
    const more = p.inactive - p.sample.length;
    replace(
      result,
      h('p', { id: 'archive-found' }, t('archive.found', { n: p.inactive, months: p.months, total: p.rows })),
      h(
        'ul',
        { class: 'changes inactive-list', 'aria-label': t('archive.listAria'), tabindex: '0' },
        ...p.sample.map((s) =>
          h(
            'li',
            { class: 'change', 'data-row': s.row },
            h('span', { class: 'cell-ref' }, t('archive.row', { row: s.row })),
            h('span', null, s.label === '' ? t('clean.blank') : s.label),
            h('span', { class: 'why' }, tell(s.why)),
          ),
        ),
        more > 0 ? h('li', { class: 'muted small' }, t('clean.more', { n: more })) : null,
      ),
      h('p', { class: 'hint' }, t('archive.safe')),
      h('div', { class: 'actions' }, confirm, cancel),
    );
    confirm.addEventListener('click', () =>
      void app.busy(section, async () => {
        const r = await call('archiveInactiveRows', { months: p.months });
        await app.refresh().catch(() => undefined);
        showDone(r.archived);
      }),
    );
  };

  const showDone = (archived: number): void => {
    const undo = h('button', { type: 'button', class: 'btn btn-text', id: 'archive-undo' }, t('archive.undo'));
    replace(
      result,
      h('p', { id: 'archive-done', class: 'state state-on' }, t('archive.done', { n: archived })),
      archived > 0 ? h('p', { class: 'hint' }, t('archive.undoHint')) : null,
      archived > 0 ? undo : null,
    );
    app.notify(t('archive.done', { n: archived }), 'success');
    undo.addEventListener('click', () =>
      void app.busy(section, async () => {
        const said = await undoInSidebar(app);
        await app.refresh().catch(() => undefined);
        replace(result);
        previewButton.focus();
        app.notify(tell(said), 'success');
      }),
    );
    (result.querySelector('#archive-done') as HTMLElement | null)?.setAttribute('tabindex', '-1');
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const n = monthsValue();
    if (n === null) return;
    void app.busy(section, async () => {
      showPreview(await call('previewArchiveInactive', { months: n }));
    });
  });
  return section;
}
