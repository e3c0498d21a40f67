/**
 * Messages Tend's views send to the background. Every message is checked against this schema
 * (valibot) and its sender is checked, so nothing else can drive the background.
 */
import * as v from 'valibot';
import { type Browser, browser } from 'wxt/browser';

export const MessageSchema = v.variant('type', [v.strictObject({ type: v.literal('quick-exit') })]);

export type Message = v.InferOutput<typeof MessageSchema>;

export function sendMessage(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
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
