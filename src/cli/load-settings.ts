/** Settings for a run: defaults, then the --settings JSON file (the add-on's shape), then flags. */
import { readFileSync } from 'node:fs';
import type { Settings } from '../core/settings';
import { effectiveSettings } from '../core/settings/effective';
import { effectiveValueMap } from '../core/lists/value-map';
import { CliError } from './errors';
import { fileError } from './files/fs-errors';
import { settingsProblem } from './settings-check';

function readSettingsFile(path: string): Partial<Settings> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const err = fileError(e, 'read', path);
    throw new CliError(err.message.replace(/^file not found: /, 'settings file not found: ').replace(/^cannot read /, 'cannot read settings file '));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliError(`settings file ${path} is not valid JSON: ${(e as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new CliError(`settings file ${path} must hold a JSON object`);
  const problem = settingsProblem(parsed as Record<string, unknown>);
  if (problem) throw new CliError(`settings file ${path}: ${problem}`);
  return parsed as Partial<Settings>;
}

export function loadSettings(path: string | undefined, country: string | undefined): Settings {
  let partial: Partial<Settings> = path ? readSettingsFile(path) : {};
  if (country) partial = { ...partial, defaultCountry: country };
  // The add-on reads its value map from the "CRM Lists" sheet, which it creates with the default
  // lists on first use; the CLI starts from the same lists (a settings file's valueMap replaces
  // lists by name, like editing that sheet), so both see the same map and make the same plan.
  return effectiveSettings({ ...partial, valueMap: effectiveValueMap(partial.valueMap) });
}
