// The menu, its alerts and prompts speak the user's language: the Settings choice, else the
// Google account's locale; AuthMode.NONE (add-on not yet used in the document) gets a menu all
// the same. The English words of DESIGN.md's menu contract stay in the captions.
import { describe, expect, it } from 'vitest';
import { harness } from './gas-harness';
import { messySheet } from './messy-sheet';

type H = ReturnType<typeof harness>;
const CONTRACT = ['Clean this sheet', 'Open sidebar', 'Set up dropdowns', 'Run audit now', 'Schedule audits', 'Undo last clean'];

function captions(h: H): string[] {
  const menu = h.gas.ui.menus.at(-1);
  return (menu?.items ?? []).flatMap((i) => (typeof i === 'object' && 'caption' in i ? [i.caption] : []));
}
const lastAlert = (h: H): string => h.gas.ui.alerts.at(-1)?.prompt ?? '';

describe('menu in the user language', () => {
  it('follows the Google account language, with the contract words kept in English', () => {
    const h = harness(messySheet(5));
    h.gas.env.userLocale = 'cs';
    h.gas.setAuthMode('LIMITED');
    h.bundle.onOpen({ authMode: 'LIMITED' });
    const list = captions(h);
    expect(list).toContain('Vyčistit tento list (Clean this sheet)');
    expect(list).toContain('Archivovat neaktivní řádky');
    for (const word of CONTRACT) expect(list.some((c) => c.includes(word)), word).toBe(true);
  });

  it('in AuthMode.NONE builds the menu without reading properties (English or the locale, never an error)', () => {
    const h = harness(messySheet(5));
    h.gas.env.userLocale = 'vi';
    h.gas.setAuthMode('NONE');
    h.bundle.onOpen({ authMode: 'NONE' });
    const list = captions(h);
    expect(list).toHaveLength(10);
    for (const word of CONTRACT) expect(list.some((c) => c.includes(word)), word).toBe(true);
    expect([...h.gas.calls.counts.keys()].some((k) => k.startsWith('Properties'))).toBe(false);
  });

  it('the Settings choice wins over the locale, and the menu changes when it is saved', () => {
    const h = harness(messySheet(5));
    h.gas.env.userLocale = 'id';
    h.bundle.onOpen({ authMode: 'FULL' });
    expect(captions(h)).toContain('Bersihkan sheet ini (Clean this sheet)');
    h.bundle.sidebarSaveSettings({ uiLanguage: 'sv' });
    expect(captions(h)).toContain('Rensa det här bladet (Clean this sheet)');
    h.bundle.menuUndoLastClean();
    expect(lastAlert(h)).toBe('Det finns inget att ångra.');
    h.bundle.sidebarSaveSettings({ uiLanguage: '' });
    expect(captions(h)).toContain('Bersihkan sheet ini (Clean this sheet)');
  });

  it('alerts and prompts are in the language; an error keeps its code for the sidebar', () => {
    const h = harness(messySheet(5));
    h.gas.env.userLocale = 'tr';
    h.bundle.menuUndoLastClean();
    expect(lastAlert(h)).toBe('Geri alınacak bir şey yok.');
    h.gas.ui.responses.push({ button: 'CANCEL' });
    h.bundle.menuFlagOutdated();
    expect(h.gas.ui.alerts.at(-2)).toEqual({ title: 'Güncel değil diye işaretle', prompt: 'Bu veri neden güncel değil? (isteğe bağlı)' });
    expect(lastAlert(h)).toBe('Hiçbir şey işaretlenmedi.');
    expect(() => h.bundle.sidebarUndoLastClean()).toThrow(/^There is nothing to undo\.\n\[\[crm \{"code":"msg\.undo\.nothing","params":\{\}\}\]\]$/);
  });

  it('Schedule audits opens the sidebar on its Audits tab instead of asking for typed text', () => {
    const h = harness(messySheet(5));
    h.bundle.menuScheduleAudits();
    expect(h.gas.ui.alerts).toHaveLength(0);
    const sidebar = h.gas.ui.sidebars.at(-1);
    expect(sidebar?.getContent()).toContain('<script>window.crmHygieneOpen="audits";</script>');
    h.bundle.menuOpenSidebar();
    expect(h.gas.ui.sidebars.at(-1)?.getContent()).not.toContain('<script>window.crmHygieneOpen=');
  });
});
