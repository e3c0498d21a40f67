import { browser } from 'wxt/browser';
import { keepAppearance } from '@/lib/browser/discreet';

/** Discreet mode's toolbar title and icon, applied now and whenever the setting changes; the browser forgets them when it restarts. */
export function startAppearance(): void {
  const appearance = keepAppearance();
  browser.runtime.onStartup.addListener(() => void appearance.apply());
}
