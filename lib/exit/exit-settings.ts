/** What the quick exit does, as the user sets it in Options, and the checks on what they type. */
import { type Result, schemeOf } from '@/lib/checks';

export type ExitMode = 'replace-tab' | 'close-private-tabs';

export interface ExitSettings {
  /** The neutral page the exit shows. Always an http(s) URL that passed `checkExitUrl`. */
  target: string;
  /** Replace the current tab, or close every tab on the user's private sites and open the target. */
  mode: ExitMode;
  /** Also close Tend's own views: popup, side panel, options tabs. */
  closeTendViews: boolean;
  /** Firefox: forget the closed tabs from "recently closed" (optional `sessions` permission). */
  forgetClosedTabs: boolean;
  /** Delete visits to the private sites from history (optional `history` permission). */
  deleteHistory: boolean;
}

/** What quick exit does until the user changes it (stored-schema's fallback, and a view's when the store cannot be read). */
export const DEFAULT_EXIT_SETTINGS: ExitSettings = {
  // A harmless public page that shows no personalised content (the GOV.UK pattern's default).
  target: 'https://www.bbc.co.uk/weather',
  // Closing the tab leaves nothing to go Back to; installs from before this default keep
  // replacing the page (lib/storage/stored-schema.ts, migrations) and are offered the change once.
  mode: 'close-private-tabs',
  closeTendViews: true,
  forgetClosedTabs: false,
  deleteHistory: false,
};

/**
 * Accepts only http: and https: pages; an address typed without a scheme ("bbc.co.uk/weather") gets
 * https://. Everything else, javascript:, data:, file:, browser pages, and malformed input, is refused.
 */
export function checkExitUrl(input: string): Result<{ url: string }> {
  const text = input.trim();
  if (!text)
    return { ok: false, error: 'Enter the address of a page to go to, for example https://www.bbc.co.uk/weather.' };
  const hasScheme = schemeOf(text) !== undefined;
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return { ok: false, error: `“${text}” is not a web address Tend can open. Check it and try again.` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return {
      ok: false,
      error: `Only web pages (http:// or https://) can be the exit page, not “${url.protocol}” addresses.`,
    };
  }
  if (!url.hostname || /\s/.test(text) || (!url.hostname.includes('.') && url.hostname !== 'localhost')) {
    return { ok: false, error: `“${text}” is not a complete web address. Include the site name, like www.bbc.co.uk.` };
  }
  if (url.username || url.password) {
    return { ok: false, error: 'Leave out any user name or password: the exit page should be a public page.' };
  }
  return { ok: true, url: url.href };
}

const isExitSettings = (value: unknown): value is ExitSettings => {
  if (typeof value !== 'object' || value === null) return false;
  const { target, mode, closeTendViews, forgetClosedTabs, deleteHistory } = value as Record<string, unknown>;
  return (
    typeof target === 'string' &&
    checkExitUrl(target).ok &&
    (mode === 'replace-tab' || mode === 'close-private-tabs') &&
    [closeTendViews, forgetClosedTabs, deleteHistory].every((flag) => typeof flag === 'boolean')
  );
};

/**
 * The stored exit settings as a view's Quick exit button reads them straight from the database,
 * without the storage layer: what is stored when it is well formed, otherwise the defaults.
 */
export function exitSettingsOrDefault(stored: unknown): ExitSettings {
  return isExitSettings(stored) ? stored : DEFAULT_EXIT_SETTINGS;
}
