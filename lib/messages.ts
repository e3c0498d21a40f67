/**
 * Messages Tend's views send to the background. Every message is checked against this schema
 * (valibot) and its sender is checked, so nothing else can drive the background.
 */
import * as v from 'valibot';
import { type Browser, browser } from 'wxt/browser';

export const MessageSchema = v.variant('type', [
  // A view asks the background to run the quick exit.
  v.strictObject({ type: v.literal('quick-exit') }),
  // The background tells every open view (popup, side panel) to close.
  v.strictObject({ type: v.literal('close-view') }),
  // A view that is closing hands its unsaved text to the background, which outlives it. The value
  // is checked against the stored schema before it is written.
  v.strictObject({ type: v.literal('save-draft'), key: v.string(), value: v.unknown() }),
]);

export type Message = v.InferOutput<typeof MessageSchema>;

export function sendMessage(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

/** Closes this view when the background says so (quick exit). Returns an unsubscribe. */
export function closeOnExit(close: () => void = () => window.close()): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender) => {
    if (
      parseMessage(raw)?.type === 'close-view' &&
      isFromExtensionPage(sender, browser.runtime.id, browser.runtime.getURL('/'))
    )
      close();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Parses an incoming message; undefined when its shape is not one of ours. */
export function parseMessage(raw: unknown): Message | undefined {
  const result = v.safeParse(MessageSchema, raw);
  return result.success ? result.output : undefined;
}

/** True only for Tend's own pages (popup, side panel, options), never a content script or web page. */
export function isFromExtensionPage(
  sender: Browser.runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return sender.id === extensionId && sender.url?.startsWith(extensionOrigin) === true;
}
