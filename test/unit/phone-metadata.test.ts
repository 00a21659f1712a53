import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { phoneMetadata, base64ToBytes } from '../../src/core/normalize/phone-metadata';
import { PHONE_METADATA_VERSION } from '../../src/core/data/phone-metadata.generated';

const require = createRequire(import.meta.url);

describe('deflated phone metadata', () => {
  it('inflates to exactly the metadata of the installed libphonenumber-js', () => {
    expect(PHONE_METADATA_VERSION).toBe(require('libphonenumber-js/package.json').version);
    expect(phoneMetadata()).toEqual(require('libphonenumber-js/metadata.max.json'));
  });

  it('decodes base64 like Buffer does', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'hello world', '\u0000\u00ff binary']) {
      const encoded = Buffer.from(text, 'latin1').toString('base64');
      expect(Buffer.from(base64ToBytes(encoded)).toString('latin1')).toBe(text);
    }
  });
});
