// The settings property's name and how its text is read, apart from the settings store: a custom
// function reads only this, without the store's column detection.
import type { StoredSettings } from '../core/settings/stored';

export const SETTINGS_PROPERTY = 'crmHygiene.settings';

/** The settings property's text as settings; null when there is none or it is unreadable. */
export function parseStoredSettings(raw: string | null): StoredSettings | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed !== null && typeof parsed === 'object' ? (parsed as StoredSettings) : null;
  } catch {
    return null;
  }
}
