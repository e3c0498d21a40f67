/**
 * Notifications in e2e: headless Chromium shows none, so a test records what Tend asks for, in the
 * page or worker where it runs (`evaluate(recordNotifications)`, then `evaluate(recorded)`).
 */

/** The Chrome API these helpers touch inside the extension (the tests have no Chrome types). */
declare const chrome: { notifications: { create: (...args: unknown[]) => unknown } };

/** Records every notification asked for in the page or worker it runs in (passed to `evaluate`). */
export function recordNotifications(): void {
  const seen: unknown[] = [];
  const create = chrome.notifications.create.bind(chrome.notifications);
  Object.assign(globalThis, { createdNotifications: seen });
  chrome.notifications.create = (...args: unknown[]) => {
    seen.push(args);
    return create(...args);
  };
}

/** What was recorded: [notification id, options] for each (passed to `evaluate`). */
export const recorded = () =>
  (globalThis as unknown as { createdNotifications: [string, object][] }).createdNotifications;
