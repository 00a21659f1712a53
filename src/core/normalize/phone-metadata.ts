import type { MetadataJson } from 'libphonenumber-js/core';
import { PHONE_METADATA_JSON } from '../data/phone-metadata.generated';

let cached: MetadataJson | undefined;

/**
 * libphonenumber-js's `max` metadata, parsed from its JSON text on the first phone number of an
 * execution (about a millisecond) and kept for the rest of it. Shipping the text rather than an
 * object literal keeps loading the project cheap for every call that never reads a phone number.
 */
export function phoneMetadata(): MetadataJson {
  cached ??= JSON.parse(PHONE_METADATA_JSON) as MetadataJson;
  return cached;
}
