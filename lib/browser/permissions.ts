/** The optional permissions the exit settings offer (history, and Firefox's sessions), asked for from the user's click. */
import { browser } from 'wxt/browser';

export type OptionalPermission = 'history' | 'sessions';

/** Asks for (or gives back) an optional permission; must run inside the click that asked. True when held after. */
export async function setOptionalPermission(permission: OptionalPermission, wanted: boolean): Promise<boolean> {
  const permissions = { permissions: [permission] } as never;
  if (wanted) return browser.permissions.request(permissions);
  await browser.permissions.remove(permissions);
  return false;
}
