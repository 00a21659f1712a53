/// <reference lib="dom" />
// Settings: column roles (with the detected guess), default country, phone format, required
// fields, stale months, legal-form style, the team's own placeholder words, the value map and the
// UI language.
import { applyLanguage, type App } from '../app';
import { call } from '../api';
import { h, replace } from '../dom';
import { field as row, select } from '../ui';
import { LANGUAGES, label, t } from '../i18n';
import type { SidebarSettings } from '../../../src/contract/sidebar';
import { COLUMN_ROLES as ROLES } from '../../../src/core/table';
import { NATIVE_NAMES } from '../../../src/core/messages/languages';

const REQUIRABLE = ['name', 'email', 'phone', 'company', 'country', 'title', 'owner', 'status'];
const COUNTRIES = ['ID', 'VN', 'CZ', 'SE', 'TR', 'US', 'GB', 'DE', 'SG', 'MY', 'AU', 'IN'];

function roleLabel(role: string | null): string {
  return role ? label('field', role) : t('settings.roleNone');
}

export async function renderSettings(el: HTMLElement, app: App): Promise<void> {
  if (!app.overview) await app.refresh();
  const s = app.overview?.settings;
  if (!s) return;

  const roleSelects = s.columns.map((c) => {
    const sel = select(`role-${c.index}`, c.role ?? '', [['', t('settings.roleNone')], ...ROLES.map((r): [string, string] => [r, t(`field.${r}`)])]);
    sel.setAttribute('data-column', String(c.index));
    const hint = c.detected !== c.role ? t('settings.detected', { role: roleLabel(c.detected) }) : c.detected ? t('settings.detectedSame') : null;
    return { c, sel, el: row(c.header || t('settings.untitled', { n: c.index + 1 }), sel, hint) };
  });

  const country = h('input', { id: 'default-country', type: 'text', value: s.defaultCountry, maxlength: '2', pattern: '[A-Za-z]{2}', autocomplete: 'off', list: 'country-list', class: 'short' });
  const countryList = h('datalist', { id: 'country-list' }, ...COUNTRIES.map((c) => h('option', { value: c })));
  const phone = select('phone-format', s.phoneFormat, [
    ['E164', t('settings.phone.E164')],
    ['INTERNATIONAL', t('settings.phone.INTERNATIONAL')],
    ['NATIONAL', t('settings.phone.NATIONAL')],
  ]);
  const stale = h('input', { id: 'stale-months', type: 'number', min: '1', max: '240', step: '1', value: String(s.staleMonths), class: 'short' });
  const legal = select('legal-form', s.legalFormStyle, [
    ['short', t('settings.legal.short')],
    ['long', t('settings.legal.long')],
    ['none', t('settings.legal.none')],
  ]);
  const placeholders = h('textarea', { id: 'placeholders', rows: '3', maxlength: '4500', spellcheck: 'false' });
  placeholders.value = s.placeholders.join('\n');
  const language = select('ui-language', s.uiLanguage, [['', t('settings.languageAuto')], ...LANGUAGES.map((l): [string, string] => [l, NATIVE_NAMES[l] ?? l])]);
  const required = REQUIRABLE.map((r) => {
    const id = `required-${r}`;
    const box = h('input', { type: 'checkbox', id, value: r, checked: s.requiredFields.includes(r) });
    return { r, box, el: h('div', { class: 'check' }, box, h('label', { for: id }, t(`field.${r}`))) };
  });
  const openMap = h('button', { type: 'button', class: 'btn', id: 'open-value-map' }, t('settings.openValueMap'));
  openMap.addEventListener('click', () => void app.busy(el, async () => {
    await call('sidebarOpenValueMap');
    app.notify(t('settings.valueMapOpened'), 'success');
  }));

  const save = h('button', { type: 'submit', class: 'btn btn-primary', id: 'save-settings' }, t('settings.save'));
  const form = h(
    'form',
    { class: 'settings', novalidate: true },
    h('fieldset', { class: 'card' }, h('legend', null, t('settings.columns')), h('p', { class: 'hint' }, t('settings.columnsHint')), ...roleSelects.map((r) => r.el)),
    h(
      'fieldset',
      { class: 'card' },
      h('legend', null, t('settings.cleaning')),
      row(t('settings.defaultCountry'), country, t('settings.defaultCountryHint')),
      countryList,
      row(t('settings.phoneFormat'), phone),
      row(t('settings.legalForm'), legal),
      row(t('settings.staleMonths'), stale, t('settings.staleHint')),
      row(t('settings.placeholders'), placeholders, t('settings.placeholdersHint')),
    ),
    h('fieldset', { class: 'card' }, h('legend', null, t('settings.required')), h('div', { class: 'checks' }, ...required.map((r) => r.el))),
    h('fieldset', { class: 'card' }, h('legend', null, t('settings.lists')), h('p', { class: 'hint' }, t('settings.listsHint')), openMap),
    h('fieldset', { class: 'card' }, h('legend', null, t('settings.language')), row(t('settings.uiLanguage'), language)),
    h('div', { class: 'actions sticky' }, save),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const months = Number(stale.value);
    const code = country.value.trim().toUpperCase();
    if (!Number.isInteger(months) || months < 1 || months > 240) {
      stale.setAttribute('aria-invalid', 'true');
      app.notify(t('msg.settings.staleMonths'), 'error');
      stale.focus();
      return;
    }
    if (code && !/^[A-Z]{2}$/.test(code)) {
      country.setAttribute('aria-invalid', 'true');
      app.notify(t('msg.settings.country'), 'error');
      country.focus();
      return;
    }
    const words = [...new Set(placeholders.value.split(/[\n,;]+/).map((w) => w.trim()).filter((w) => w !== ''))];
    if (words.length > 100 || words.some((w) => w.length > 40)) {
      placeholders.setAttribute('aria-invalid', 'true');
      app.notify(t('settings.placeholdersInvalid'), 'error');
      placeholders.focus();
      return;
    }
    const patch: Partial<SidebarSettings> = {
      columns: roleSelects.map(({ c, sel }) => ({ ...c, role: sel.value || null })),
      defaultCountry: code,
      phoneFormat: phone.value as SidebarSettings['phoneFormat'],
      legalFormStyle: legal.value as SidebarSettings['legalFormStyle'],
      staleMonths: months,
      requiredFields: required.filter((r) => r.box.checked).map((r) => r.r),
      placeholders: words,
      uiLanguage: language.value,
    };
    void app.busy(el, async () => {
      const before = document.documentElement.lang;
      app.overview = await call('sidebarSaveSettings', patch);
      app.fresh = true;
      applyLanguage(app.overview);
      if (document.documentElement.lang !== before) app.rerender();
      else await renderSettings(el, app);
      app.notify(t('settings.saved'), 'success');
    });
  });
  replace(el, form);
}
