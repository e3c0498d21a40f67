/**
 * Quick exit: the one function every Quick exit button and the hotkey end up in.
 * It runs in the background so that it works the same from every view.
 */
import { browser } from 'wxt/browser';

/** A harmless public page that shows no personalised content (the GOV.UK pattern's default). */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/**
 * Replaces the page in the active tab of the focused window. No lookup comes first: with no tab
 * id, `tabs.update` acts on that tab directly, so even a just-woken worker navigates at once.
 */
export async function quickExit(url: string = DEFAULT_EXIT_URL): Promise<void> {
  await browser.tabs.update({ url });
}
