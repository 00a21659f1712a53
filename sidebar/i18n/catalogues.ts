// The six catalogues, for whoever speaks to people: the sidebar (every key but the menu's and the
// report's), the server bundle (only the menu, alerts and messages: see serverCatalogues in
// scripts/esbuild-plugins.mjs) and the command line's report (all of them).
import en from './en.json';
import id from './id.json';
import vi from './vi.json';
import cs from './cs.json';
import sv from './sv.json';
import tr from './tr.json';
import type { Catalogue, Language } from '../../src/core/messages';

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, id, vi, cs, sv, tr };
