/**
 * What the add-on says to a person, as data: a code (a catalogue key such as `msg.sheet.empty`)
 * with parameters, plus the English text for logs and for anyone whose catalogue lacks the code.
 * Servers send this shape; the sidebar, the menu and the report turn it into the reader's language
 * with render.ts. Kept free of any catalogue so that modules which only produce messages (the
 * normalizers run by every custom formula) never load the texts.
 */

/** Parameter values are text or numbers; render.ts formats numbers in the reader's language. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A code and its parameters: enough to say the message in any language. */
export interface MessageRef {
  code: string;
  params?: MessageParams;
}

/** A message as servers send it: the code, its parameters and the English text as a fallback. */
export interface UserMessage extends MessageRef {
  message: string;
  /** Further sentences said after this one, each on its own line (a summary's optional parts). */
  more?: UserMessage[];
}

/** Texts of one language: code -> template (`{name}` placeholders, `_one`/`_other` plural keys). */
export type Catalogue = Readonly<Record<string, string>>;

/** The English text of a message and its further sentences (for logs and the executions list). */
export function englishText(m: UserMessage): string {
  return [m.message, ...(m.more ?? []).map(englishText)].join('\n');
}

/** True for a value of the UserMessage shape (anything may arrive over the wire). */
export function isUserMessage(value: unknown): value is UserMessage {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string' && (v.params === undefined || (typeof v.params === 'object' && v.params !== null));
}
