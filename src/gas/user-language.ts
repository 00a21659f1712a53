// The language the add-on speaks to the person at the keyboard: their choice in Settings, else
// their Google account's language (Session.getActiveUserLocale), else English.
import { isLanguage, pickLanguage, type Language } from '../core/messages';
import { readUiLanguage } from './settings-store';

/**
 * The language for this execution. In AuthMode.NONE (an onOpen before the add-on was used in the
 * document) services that need authorization may not be called: the saved choice lives in the
 * user's properties, so only the locale is tried, and any refusal falls back to English.
 */
export function userLanguage(authMode?: unknown): Language {
  const limited = authMode !== undefined && authMode === ScriptApp.AuthMode.NONE;
  if (!limited) {
    try {
      const chosen = readUiLanguage();
      if (isLanguage(chosen)) return chosen;
    } catch {
      // Properties unavailable in this mode: the locale decides.
    }
  }
  try {
    return pickLanguage(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}
