/// <reference lib="dom" />
// Form and fact-list pieces the panels share: a labelled select, a labelled field with a hint,
// a <dt>/<dd> pair.
import { h, uid } from './dom';
import { format } from './i18n';

export function select(id: string, value: string, options: Array<[string, string]>): HTMLSelectElement {
  const el = h('select', { id, name: id });
  for (const [v, label] of options) el.appendChild(h('option', { value: v, selected: v === value }, label));
  el.value = value;
  return el;
}

/** A label, the control and an optional hint the control is described by. */
export function field(label: string, control: HTMLElement, hint?: string | null): HTMLElement {
  const hintId = hint ? uid('hint') : null;
  if (hintId) control.setAttribute('aria-describedby', hintId);
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control, hint ? h('p', { class: 'hint', id: hintId }, hint) : null);
}

/** One term and its value for a <dl class="facts"> (numbers in the UI language). */
export function fact(label: string, value: string | number): DocumentFragment {
  const f = document.createDocumentFragment();
  f.append(h('dt', null, label), h('dd', null, typeof value === 'number' ? format(value) : value));
  return f;
}
