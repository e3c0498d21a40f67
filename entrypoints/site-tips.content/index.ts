/**
 * Tend's only script on web pages, registered at run time for exactly the user's sites
 * (lib/site-scripts.ts). It reads a few cheap signals, asks the background for one tip, shows it
 * once the page is idle, and listens for Shift pressed three times. It never touches Tend's
 * storage: it knows only the words of the card it shows.
 */
import { browser } from 'wxt/browser';
import type { Message } from '@/lib/messages';
import { detectContext, readSignals } from '@/lib/page-context';
import { shiftCounter } from '@/lib/shift-exit';
import type { SiteTipReply } from '@/lib/site-tips-service';
import { type CardAction, showCard } from './card';

const send = (message: Message): Promise<unknown> => browser.runtime.sendMessage(message);

/** Blanks the page at once, then leaves by the same quick exit as the hotkey. */
function quickExit(): void {
  document.documentElement.style.setProperty('visibility', 'hidden', 'important');
  void send({ type: 'quick-exit' });
}

function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 500);
}

async function start(): Promise<void> {
  const reply = (await send({ type: 'site-tip', context: detectContext(readSignals(document, location)) }).catch(
    () => undefined,
  )) as SiteTipReply | undefined;
  if (!reply) return;
  if (reply.shiftExit) {
    const pressed = shiftCounter();
    // Capturing on the window hears the key before the page's own handlers can stop it.
    addEventListener('keydown', (event) => pressed(event.key, event.repeat, event.timeStamp) && quickExit(), true);
  }
  const { tip } = reply;
  // A frameset page has no body to hold the card.
  if (!tip || !document.body) return;
  whenIdle(() => {
    const remove = showCard(tip, reply.blur, (action: CardAction) => {
      if (action === 'exit') return quickExit();
      remove();
      void send({ type: 'site-tip-action', action, tipId: tip.id });
    });
  });
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    // Nothing runs before the page has loaded, nor inside its load event, so Tend never delays
    // the site's own start or its load time.
    const later = () => setTimeout(() => void start());
    if (document.readyState === 'complete') later();
    else addEventListener('load', later, { once: true });
  },
});
