/**
 * Tend's only script on web pages, registered at run time for exactly the user's sites
 * (lib/sites/site-scripts.ts). It is an unlisted script, not a WXT content script: WXT's content-script
 * wrapper announces every injection to the page (a window message and a document event carrying
 * Tend's id), and a page must not learn that Tend is installed or that the user listed its site.
 *
 * It runs at document_start so the in-page quick exit works from the first moment: the Shift
 * listener is attached at once, and the settings are asked for at once. The tip waits until the
 * page has loaded and gone idle. Only input from the person at the keyboard counts
 * (`event.isTrusted`); a page's script can dispatch events, but never trusted ones. The script
 * never touches Tend's storage: it knows only the words of the card it shows.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectContext, readSignals } from '@/lib/in-page/page-context';
import { send } from '@/lib/in-page/send';
import { shiftCounter } from '@/lib/in-page/shift-exit';
import type { SiteToBackground } from '@/lib/messages/protocol';
import { type CardAction, showCard } from './card';

/** Sends to the background; a worker that cannot be reached is no reply. */
const ask = <M extends SiteToBackground>(message: M) => send(message).catch(() => undefined);

/** Leaves by the same quick exit as the hotkey; blanks the page first when Tend knows it will go. */
function quickExit(trigger: 'shift' | 'card', blank: boolean): void {
  if (blank) document.documentElement.style.setProperty('visibility', 'hidden', 'important');
  void ask({ type: 'site-exit', trigger });
}

function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 500);
}

async function showTip(): Promise<void> {
  const reply = await ask({ type: 'site-tip', context: detectContext(readSignals(document, location)) });
  const tip = reply?.tip;
  // A frameset page has no body to hold the card.
  if (!tip || !document.body) return;
  whenIdle(() => {
    const remove = showCard(tip, reply.blur, (action: CardAction) => {
      if (action === 'exit') return quickExit('card', true);
      remove();
      void ask({ type: 'site-tip-action', action, tipId: tip.id });
    });
  });
}

export default defineUnlistedScript(() => {
  // Unknown until the background answers; the background decides in the meantime.
  let shiftExit: boolean | undefined;
  void ask({ type: 'site-settings' }).then((reply) => {
    shiftExit = reply?.shiftExit;
  });
  const pressed = shiftCounter();
  // Capturing on the window hears the key before the page's own handlers can stop it.
  addEventListener(
    'keydown',
    (event) => {
      if (event.isTrusted && pressed(event.key, event.repeat, event.timeStamp) && shiftExit !== false)
        quickExit('shift', shiftExit === true);
    },
    true,
  );
  // Nothing else runs before the page has loaded, nor inside its load event, so Tend never delays
  // the site's own start or its load time.
  const later = () => setTimeout(() => void showTip());
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
});
