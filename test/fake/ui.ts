// SpreadsheetApp.getUi() and HtmlService: menus, alerts, prompts and sidebars, recorded for tests.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const ButtonSet = { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' } as const;

export interface MenuRecord {
  caption: string;
  addon: boolean;
  items: Array<{ caption: string; functionName: string } | 'separator' | { submenu: MenuRecord }>;
}

export class FakeMenu {
  readonly __kind = 'Menu';
  constructor(private readonly ui: FakeUiState, readonly record: MenuRecord) {}
  addItem(caption: string, functionName: string): this {
    if (typeof caption !== 'string' || caption === '' || typeof functionName !== 'string' || functionName === '') throw new Error('Invalid argument: caption/functionName');
    this.record.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.record.items.push('separator');
    return this;
  }
  addSubMenu(menu: FakeMenu): this {
    this.record.items.push({ submenu: menu.record });
    return this;
  }
  addToUi(): void {
    this.ui.menus = this.ui.menus.filter((m) => m.caption !== this.record.caption);
    this.ui.menus.push(this.record);
  }
}

export class FakeHtmlOutput {
  readonly __kind = 'HtmlOutput';
  title = '';
  width = 300;
  constructor(private content: string) {}
  /** As the reference says: appends content as it is, not escaped (trusted content only). */
  append(addedContent: string): this {
    this.content += String(addedContent);
    return this;
  }
  setTitle(title: string): this {
    this.title = String(title);
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(width: number): this {
    this.width = width;
    return this;
  }
  getContent(): string {
    return this.content;
  }
}

export interface FakeUiState {
  menus: MenuRecord[];
  alerts: Array<{ title: string; prompt: string }>;
  sidebars: FakeHtmlOutput[];
  /** Answers the next alert()/prompt() calls give (default: OK / empty text). */
  responses: Array<{ button: string; text?: string }>;
}

export function newUiState(): FakeUiState {
  return { menus: [], alerts: [], sidebars: [], responses: [] };
}

export class FakeUi {
  readonly __kind = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;
  constructor(private readonly state: FakeUiState, private readonly addonTitle: string) {}
  createMenu(caption: string): FakeMenu {
    return new FakeMenu(this.state, { caption, addon: false, items: [] });
  }
  createAddonMenu(): FakeMenu {
    return new FakeMenu(this.state, { caption: this.addonTitle, addon: true, items: [] });
  }
  alert(a: string, b?: string, c?: string): string {
    const [title, prompt] = c !== undefined || (b !== undefined && !(b in ButtonSet)) ? [a, b ?? ''] : ['', a];
    this.state.alerts.push({ title, prompt });
    return this.state.responses.shift()?.button ?? Button.OK;
  }
  prompt(a: string, b?: string, _c?: string): { getResponseText(): string; getSelectedButton(): string } {
    const prompt = b !== undefined && !(b in ButtonSet) ? b : a;
    this.state.alerts.push({ title: a, prompt });
    const r = this.state.responses.shift() ?? { button: Button.OK, text: '' };
    return { getResponseText: () => r.text ?? '', getSelectedButton: () => r.button };
  }
  showSidebar(output: FakeHtmlOutput): void {
    if (!(output instanceof FakeHtmlOutput)) throw new Error('Invalid argument: userInterface');
    this.state.sidebars.push(output);
  }
  showModalDialog(output: FakeHtmlOutput, _title: string): void {
    this.state.sidebars.push(output);
  }
}

export class FakeHtmlService {
  readonly __kind = 'HtmlService';
  constructor(private readonly dir: string) {}
  createHtmlOutputFromFile(name: string): FakeHtmlOutput {
    const file = join(this.dir, name.endsWith('.html') ? name : `${name}.html`);
    if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
    return new FakeHtmlOutput(readFileSync(file, 'utf8'));
  }
  createHtmlOutput(html = ''): FakeHtmlOutput {
    return new FakeHtmlOutput(String(html));
  }
}
