import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { phoneMetadata } from '../../src/core/normalize/phone-metadata';
import { PHONE_METADATA_VERSION } from '../../src/core/data/phone-metadata.generated';
import { OUT_FILE, phoneMetadataSource, rawTemplateText } from '../../scripts/gen-phone-metadata.mjs';

const require = createRequire(import.meta.url);

describe('shipped phone metadata', () => {
  it('reads back as exactly the max metadata of the installed libphonenumber-js', () => {
    expect(PHONE_METADATA_VERSION).toBe(require('libphonenumber-js/package.json').version);
    expect(phoneMetadata()).toStrictEqual(require('libphonenumber-js/metadata.max.json'));
  });

  it('is what the generator writes today (fails when libphonenumber-js was upgraded without regenerating)', () => {
    expect(readFileSync(OUT_FILE, 'utf8')).toBe(phoneMetadataSource());
  });

  it('refuses JSON that a raw template literal would not keep as it is', () => {
    expect(rawTemplateText('{"a":"\\\\d{3}"}')).toBe('{"a":"\\\\d{3}"}');
    for (const bad of ['{"a":"`"}', '{"a":"${x}"}', '{"a":1}\\']) expect(() => rawTemplateText(bad)).toThrow(/raw template/);
  });
});
