// FNV-1a, the one string hash of the matching code: row fingerprints (fingerprint.ts) and the
// clean-at-entry key index (entry/entry-guard.ts) are built on it.

// Bound once: in Apps Script's V8 (and a node:vm context) each global lookup inside a hot loop
// costs a trip through the global object; a module constant does not.
const imul = Math.imul;

/** 32-bit FNV-1a over UTF-16 code units, from `seed` (two seeds give two independent halves). */
export function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = imul(h, 0x01000193) >>> 0;
  }
  return h;
}
