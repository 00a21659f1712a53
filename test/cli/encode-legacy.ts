// Node can decode Windows code pages but not encode them: build the byte table by decoding all
// 256 bytes, then encode text (Vietnamese 1258 spells most tones as base letter + combining mark).
export function encodeCodePage(text: string, page: string): Uint8Array {
  const dec = new TextDecoder(page);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = dec.decode(new Uint8Array([b]));
    if (!table.has(ch)) table.set(ch, b);
  }
  const out: number[] = [];
  for (const ch of text) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    // Decompose, then recompose the base as far as the page has letters (ệ -> ê + dot below).
    const parts = [...ch.normalize('NFD')];
    let base = parts.shift() ?? '';
    for (let i = 0; i < parts.length; ) {
      const composed = (base + parts[i]).normalize('NFC');
      if (table.has(composed)) {
        base = composed;
        parts.splice(i, 1);
      } else i++;
    }
    for (const p of [base, ...parts]) {
      const b = table.get(p);
      if (b === undefined) throw new Error(`${page} cannot encode ${JSON.stringify(ch)}`);
      out.push(b);
    }
  }
  return new Uint8Array(out);
}
