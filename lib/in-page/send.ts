/**
 * The one way Tend sends a message (lib/messages/protocol.ts), from a view, the background or the
 * tip script: typed by the message, so the reply needs no cast. It rejects where nothing receives
 * the message (no view open, say); each caller decides what that means for it. In `in-page/`
 * because the tip script loads it: it imports nothing but `wxt/browser`.
 */
import { browser } from 'wxt/browser';
import type { Message, ReplyTo } from '@/lib/messages/protocol';

/** Undefined when the receiver does not answer: the sender or the message was refused. */
export function send<M extends Message>(message: M): Promise<ReplyTo<M> | undefined> {
  return browser.runtime.sendMessage(message);
}
