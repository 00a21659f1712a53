/** Settings for a run: defaults, then the --settings JSON file (the add-on's shape), then flags. */
import { readFileSync } from 'node:fs';
import type { Settings } from '../core/settings';
import { effectiveSettings } from '../core/settings/effective';
import { effectiveValueMap } from '../core/lists/value-map';
import { CliError } from './errors';

const NUMBER_FIELDS = ['headerRow', 'staleMonths', 'sureMatchScore', 'reviewMatchScore'] as const;

export function loadSettings(path: string | undefined, country: string | undefined): Settings {
  let partial: Partial<Settings> = {};
  if (path) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new CliError(`settings file not found: ${path}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      throw new CliError(`settings file ${path} is not valid JSON: ${(e as Error).message}`);
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new CliError(`settings file ${path} must hold a JSON object`);
    partial = parsed as Partial<Settings>;
    for (const f of NUMBER_FIELDS) {
      if (partial[f] !== undefined && typeof partial[f] !== 'number') throw new CliError(`settings file ${path}: "${f}" must be a number`);
    }
    if (partial.requiredFields !== undefined && !Array.isArray(partial.requiredFields)) {
      throw new CliError(`settings file ${path}: "requiredFields" must be a list of column roles`);
    }
  }
  if (country) partial = { ...partial, defaultCountry: country };
  // The add-on reads its value map from the "CRM Lists" sheet, which it creates with the default
  // lists on first use; the CLI starts from the same lists (a settings file's valueMap replaces
  // lists by name, like editing that sheet), so both see the same map and make the same plan.
  return effectiveSettings({ ...partial, valueMap: effectiveValueMap(partial.valueMap) });
}
