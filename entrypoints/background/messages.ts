import { type Browser, browser } from 'wxt/browser';
import { isFromExtensionPage, parseMessage } from '@/lib/messages/incoming';
import { dispatch, type Handlers, type ViewToBackground } from '@/lib/messages/protocol';
import { handleSiteMessage } from '@/lib/sites/site-tips-service';
import type { Exit } from './exit';
import type { UserSites } from './user-sites';

/**
 * Every message the background answers, by sender class: Tend's own pages (the map below) and
 * Tend's script on one of the user's sites (lib/sites/site-tips-service.ts). Each message has
 * passed its schema first; anything from anyone else is ignored.
 */
export function startMessages(exit: Exit, sites: UserSites): void {
  const fromViews: Handlers<ViewToBackground, Browser.runtime.MessageSender> = {
    // A Tend page in a tab behind names the tab in front; from one in front, it is that tab.
    'quick-exit': (message, sender) =>
      message.tabId === undefined
        ? exit(sender.tab?.active ? sender.tab : undefined)
        : browser.tabs.get(message.tabId).then(
            (tab) => exit(tab),
            () => exit(),
          ),
  };
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    if (!message) return undefined;
    if (isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/')))
      return dispatch(fromViews, message, sender);
    // Otherwise only Tend's script on one of the user's sites is answered (checked there).
    const known = sites.current();
    if (known) return handleSiteMessage(message, sender, known, exit);
    return sites.load().then((loaded) => handleSiteMessage(message, sender, loaded, exit));
  });
}
