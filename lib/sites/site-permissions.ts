/**
 * The browser's permission for each of the user's sites, as the background and My sites see it.
 * Free of storage, so the background's script registration and the e2e build checks can load it.
 */
import { browser } from 'wxt/browser';

/**
 * Of `patterns`, those the browser currently lets Tend run on (the user can revoke a site in the
 * browser's own settings); a pattern the browser cannot check counts as not granted.
 */
export async function grantedPatterns(patterns: readonly string[]): Promise<string[]> {
  const granted = await Promise.all(
    patterns.map((origin) => browser.permissions.contains({ origins: [origin] }).catch(() => false)),
  );
  return patterns.filter((_, index) => granted[index]);
}

/** Asks the browser again for a site it no longer allows ("Allow again"); call it straight from the click. */
export async function allowSiteAgain(pattern: string): Promise<void> {
  await browser.permissions.request({ origins: [pattern] });
}

/** Calls `listener` whenever the browser grants or revokes a permission, in Tend or in its own settings. Returns an unsubscribe. */
export function onPermissionChange(listener: () => void): () => void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}
