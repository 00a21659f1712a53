import { inflateSync } from 'fflate';
import type { MetadataJson } from 'libphonenumber-js/core';
import { PHONE_METADATA_DEFLATED, PHONE_METADATA_JSON_LENGTH } from '../data/phone-metadata.generated';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to bytes without atob/Buffer (neither exists in Apps Script's V8). */
export function base64ToBytes(text: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < BASE64.length; i++) lookup[BASE64.charCodeAt(i)] = i;
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | (lookup[clean.charCodeAt(i)] ?? 0);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/**
 * Raw-deflated, base64-encoded ASCII text (a generated table) back to text. ASCII bytes map to
 * characters one to one, so no TextDecoder is needed (Apps Script has none).
 */
export function inflateAscii(base64: string, length: number): string {
  const bytes = inflateSync(base64ToBytes(base64), { out: new Uint8Array(length) });
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return text;
}

let cached: MetadataJson | undefined;

/** The phone metadata, inflated on first use (about 5 ms) and kept for the rest of the execution. */
export function phoneMetadata(): MetadataJson {
  if (cached) return cached;
  cached = JSON.parse(inflateAscii(PHONE_METADATA_DEFLATED, PHONE_METADATA_JSON_LENGTH)) as MetadataJson;
  return cached;
}
