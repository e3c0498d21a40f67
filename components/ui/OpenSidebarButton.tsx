import { browser } from 'wxt/browser';
import { openSidebar } from '@/lib/browser/sidebar';

/** From the popup: the full guide and the user's tools, beside the page they are on. */
export function OpenSidebarButton() {
  const open = () => {
    // Nothing is awaited before openSidebar(): the browser allows it only inside this click. Where
    // the sidebar cannot open, the same page opens in a tab instead.
    openSidebar()
      .catch(() => browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') }))
      .finally(() => window.close());
  };
  return (
    <button type="button" class="open-sidebar" onClick={open}>
      Open the full guide and your tools
    </button>
  );
}
