/**
 * Discreet mode: where a passer-by could glance (the toolbar button, Tend's page titles and
 * headings, notifications), Tend looks like a plain notes tool. The choice of wording and icons is
 * pure; `applyAppearance` puts it on the toolbar, and the background calls `keepAppearance` once.
 */
import { browser } from 'wxt/browser';
import { onStoredChange, read } from '@/lib/storage/storage';
import { firefox } from './firefox';

export type View = 'popup' | 'sidepanel' | 'options';

type IconSizes = Record<16 | 32 | 48 | 128, string>;

export interface Appearance {
  /** The toolbar button's tooltip, and Firefox's sidebar title. */
  title: string;
  /** The toolbar icon, by size in pixels. */
  icon: IconSizes;
  /** The icon a notification shows. */
  notificationIcon: string;
  /** Whether a badge may be shown on the toolbar button. */
  badge: boolean;
}

const icons = (prefix: string): IconSizes => ({
  16: `icon/${prefix}16.png`,
  32: `icon/${prefix}32.png`,
  48: `icon/${prefix}48.png`,
  128: `icon/${prefix}128.png`,
});

export const NEUTRAL_TITLE = 'Notes';

const TEND: Appearance = { title: 'Tend', icon: icons(''), notificationIcon: 'icon/128.png', badge: true };
const DISCREET: Appearance = {
  title: NEUTRAL_TITLE,
  icon: icons('neutral-'),
  notificationIcon: 'icon/neutral-128.png',
  badge: false,
};

export function appearance(discreet: boolean): Appearance {
  return discreet ? DISCREET : TEND;
}

/**
 * A view's title and main heading. Until the setting is read (`undefined`) the neutral one is
 * used, so a discreet user never sees "Tend" flash up.
 */
export function pageTitle(view: View, discreet: boolean | undefined): string {
  const neutral = discreet !== false;
  if (view === 'options') return neutral ? 'Settings' : 'Tend settings';
  return neutral ? NEUTRAL_TITLE : 'Tend';
}

/** Sets the toolbar button (and Firefox's sidebar) to the mode's title and icon. */
export async function applyAppearance(discreet: boolean): Promise<void> {
  const { title, icon, badge } = appearance(discreet);
  await Promise.all([
    browser.action.setTitle({ title }),
    browser.action.setIcon({ path: icon }),
    badge ? undefined : browser.action.setBadgeText({ text: '' }),
    import.meta.env.FIREFOX && firefox.sidebarAction?.setTitle({ title }),
    import.meta.env.FIREFOX && firefox.sidebarAction?.setIcon({ path: icon }),
  ]);
}

/**
 * Applies the stored mode now and whenever it changes. The browser forgets a title and icon set at
 * run time when it restarts, so the background also calls `apply` from runtime.onStartup.
 */
export function keepAppearance(): { apply(): Promise<void> } {
  const apply = async () => applyAppearance((await read('discreetMode')) === true);
  onStoredChange((key) => {
    if (key === 'discreetMode') void apply();
  });
  void apply();
  return { apply };
}
