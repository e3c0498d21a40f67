/**
 * The background's side of tips on the user's sites: answers Tend's script on those pages with
 * the one tip to show, and carries out the card's buttons. Every request is checked: it must come
 * from Tend's own script, in a tab, on a page of one of the user's sites.
 */
import { type Browser, browser } from 'wxt/browser';
import { findTip, type PageContext, resolveTipIds } from '@/content';
import { guideHash } from '@/lib/guide-route';
import { isFromContentScript } from '@/lib/messages/incoming';
import {
  dispatch,
  type Handlers,
  type Message,
  type SiteSettingsReply,
  type SiteTipReply,
  type SiteToBackground,
} from '@/lib/messages/protocol';
import { read, write } from '@/lib/storage/storage';
import { chooseTip, displayOf, isSiteTipId, rememberShown } from './site-tips';
import { siteFor, snooze, tipsAllowed, type UserSite } from './sites';

/** The quick exit, acting on the tab given (the one the person is looking at). */
export type ExitFromTab = (tab: Browser.tabs.Tab) => Promise<void>;

/** The user's site the sender's page belongs to, when the sender is Tend's script on it. */
export function senderSite(
  sender: Browser.runtime.MessageSender,
  sites: readonly UserSite[],
  extensionId: string,
): UserSite | undefined {
  return isFromContentScript(sender, extensionId) ? siteFor(sites, sender.url) : undefined;
}

/** A stored list of tip ids, with ids of tips since merged into another read as the kept tip's. */
async function readTipIds(key: 'dismissedTips' | 'recentSiteTips'): Promise<string[]> {
  return resolveTipIds(await read(key));
}

async function tipFor(site: UserSite, context: PageContext): Promise<SiteTipReply> {
  const [settings, snoozes, dismissed, recent] = await Promise.all([
    read('siteTipSettings'),
    read('siteSnoozes'),
    readTipIds('dismissedTips'),
    readTipIds('recentSiteTips'),
  ]);
  const placed = tipsAllowed(site, settings, snoozes, Date.now())
    ? chooseTip(context, { dismissed, recent })
    : undefined;
  if (placed) await write('recentSiteTips', rememberShown(recent, placed.tip.id));
  return { tip: placed ? displayOf(placed) : null, blur: settings.blur };
}

/**
 * Runs the exit for Tend's script in tab `tabId` only while that tab is the one in front of the
 * person, and acts on that tab: a page in a background tab can never send the user's front tab
 * away. Shift pressed three times counts only while the user has that exit switched on; the card's
 * own Quick exit button is a click on a visible button and always counts.
 */
async function exitFrom(tabId: number, trigger: 'shift' | 'card', exit: ExitFromTab): Promise<void> {
  const [[front], settings] = await Promise.all([
    browser.tabs.query({ active: true, lastFocusedWindow: true }),
    read('siteTipSettings'),
  ]);
  if (front?.id !== tabId || (trigger === 'shift' && !settings.shiftExit)) return;
  await exit(front);
}

/** Where the side panel (or its page in a tab) opens a tip: the sidebar's "#guide/section/tip" route. */
export function tipPath(tipId: string): `/sidepanel.html${string}` {
  const placed = findTip(tipId);
  return placed ? `/sidepanel.html${guideHash(placed.section.id, placed.tip.id)}` : '/sidepanel.html#guide';
}

/**
 * "More": the side panel needs the user's click, so it is asked for before anything is awaited;
 * where the browser refuses (or has no side panel), the same view opens in a new tab.
 */
function openMore(tabId: number, tipId: string): Promise<void> {
  const path = tipPath(tipId);
  const inTab = () => browser.tabs.create({ url: browser.runtime.getURL(path), active: true }).then(() => undefined);
  const panel = (browser as unknown as { sidePanel?: typeof browser.sidePanel }).sidePanel;
  if (!panel?.open) return inTab();
  void panel.setOptions({ tabId, path: path.slice(1), enabled: true });
  return panel.open({ tabId }).catch(inTab);
}

async function act(site: UserSite, message: Extract<SiteToBackground, { type: 'site-tip-action' }>): Promise<void> {
  if (!isSiteTipId(message.tipId)) return;
  if (message.action === 'not-now') {
    await write('siteSnoozes', snooze(await read('siteSnoozes'), site.pattern, Date.now()));
  } else if (message.action === 'dismiss') {
    const dismissed = await readTipIds('dismissedTips');
    if (!dismissed.includes(message.tipId)) await write('dismissedTips', [...dismissed, message.tipId]);
  }
}

/** A message's sender once checked: Tend's script in tab `tabId`, on `site`, one of the user's sites. */
interface SiteSender {
  site: UserSite;
  tabId: number;
  exit: ExitFromTab;
}

/** The background's answer to each message Tend's script on a site may send. */
const siteHandlers: Handlers<SiteToBackground, SiteSender> = {
  'site-settings': () => read('siteTipSettings').then(({ shiftExit }): SiteSettingsReply => ({ shiftExit })),
  'site-exit': (message, { tabId, exit }) => exitFrom(tabId, message.trigger, exit),
  'site-tip': (message, { site }) => tipFor(site, message.context),
  'site-tip-action': (message, { site, tabId }) => {
    if (message.action === 'more') return isSiteTipId(message.tipId) ? openMore(tabId, message.tipId) : undefined;
    return act(site, message);
  },
};

/**
 * Handles a message from a page of the user's sites; undefined when it is not one. `sites` is the
 * list the background holds in memory, so "more" can open the panel within the user's click.
 */
export function handleSiteMessage(
  message: Message,
  sender: Browser.runtime.MessageSender,
  sites: readonly UserSite[],
  exit: ExitFromTab,
): Promise<unknown> | undefined {
  const site = senderSite(sender, sites, browser.runtime.id);
  const tabId = sender.tab?.id;
  if (!site || tabId === undefined) return undefined;
  return dispatch(siteHandlers, message, { site, tabId, exit });
}
