// Types of scripts/gen-phone-metadata.mjs for the tests that import it.
export const OUT_FILE: string;
export function rawTemplateText(json: string): string;
export function phoneMetadataSource(): string;
