import { browser } from 'wxt/browser';
import { isFromExtensionPage, type Message, parseMessage } from '@/lib/messages';
import { quickExit } from '@/lib/quick-exit';

function handle(message: Message): Promise<unknown> {
  switch (message.type) {
    case 'quick-exit':
      return quickExit();
  }
}

export default defineBackground(() => {
  // Registered synchronously so a message that wakes the worker is never missed.
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    if (!message || !isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    return handle(message);
  });
});
