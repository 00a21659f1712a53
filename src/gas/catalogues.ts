// The six catalogues as the server bundle sees them: the build keeps only the keys the server
// says (menu captions, alerts, toasts, prompts, errors; see serverCatalogues in
// scripts/esbuild-plugins.mjs). Never imported by a custom formula's module.
import en from '../../sidebar/i18n/en.json';
import id from '../../sidebar/i18n/id.json';
import vi from '../../sidebar/i18n/vi.json';
import cs from '../../sidebar/i18n/cs.json';
import sv from '../../sidebar/i18n/sv.json';
import tr from '../../sidebar/i18n/tr.json';
import type { Catalogue, Language } from '../core/messages';

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, id, vi, cs, sv, tr };
