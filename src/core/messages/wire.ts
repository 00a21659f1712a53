/**
 * A message inside an error's text. google.script.run hands the sidebar only the text of an error
 * a server function threw, so a user-facing error carries its code and parameters after its
 * English sentence: "<English>\n[[crm {json}]]". The sidebar reads the code back and says it in
 * the reader's language; a log or an unaware reader still sees the English first.
 */
import type { MessageRef, UserMessage } from './message';

const MARK = /\n?\[\[crm (\{.*\})\]\]\s*$/s;

export function errorText(m: UserMessage): string {
  return `${m.message}\n[[crm ${JSON.stringify({ code: m.code, params: m.params ?? {} })}]]`;
}

/** The code in an error's text (null when it has none) and the English sentence before it. */
export function readErrorText(text: string): { ref: MessageRef | null; message: string } {
  const found = MARK.exec(text);
  if (!found) return { ref: null, message: text };
  const message = text.slice(0, found.index).replace(/^(Exception|Error|ScriptError):\s*/, '');
  try {
    const parsed = JSON.parse(found[1] as string) as { code?: unknown; params?: unknown };
    if (typeof parsed.code !== 'string') return { ref: null, message };
    const params = parsed.params !== null && typeof parsed.params === 'object' ? (parsed.params as MessageRef['params']) : {};
    return { ref: { code: parsed.code, params }, message };
  } catch {
    return { ref: null, message };
  }
}
