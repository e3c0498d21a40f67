import { openSidebarOrTab } from '@/lib/browser/sidebar';

/** From the popup: the full guide and the user's tools, beside the page they are on. */
export function OpenSidebarButton() {
  const open = () => {
    // Nothing is awaited first: the browser opens the sidebar only inside this click.
    void openSidebarOrTab().finally(() => window.close());
  };
  return (
    <button type="button" class="open-sidebar" onClick={open}>
      Open the full guide and your tools
    </button>
  );
}
