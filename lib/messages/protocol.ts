/**
 * Every message Tend sends, named by direction, with the reply each one gets: the one place a
 * reader learns what travels between the views, the background and the tip script on the user's
 * sites. Types only, the one key a view's exit request is written under, and one small dispatcher:
 * the tip script imports the types and loads nothing
 * from here. Every sender uses `send` (lib/in-page/send.ts); every receiver checks the message
 * against its schema and its sender (lib/messages/incoming.ts) before a handler sees it.
 */
import type { PageContext } from '@/content/types';
import type { ViewStep } from '@/lib/exit/quick-exit';
import type { SiteTipDisplay } from '@/lib/sites/site-tips';

/** A view (popup, side panel, settings) to the background. */
export type ViewToBackground =
  // Run the quick exit, the view having made no tab change itself; a Tend page in a tab behind
  // names the tab in front as it found it.
  { type: 'quick-exit'; tabId?: number };

/**
 * A popup or side panel that made the first tab change itself asks for the rest of the exit by
 * writing this to `storage.session` (which only Tend's own pages and worker can write), not by
 * message: the browser wakes the worker with the change even when the view has closed meanwhile.
 * A message to a sleeping worker was lost when the popup closed as the exit's new tab came to the
 * front, leaving the private tab open behind it. `id` makes every request a change.
 */
export const EXIT_REQUEST_KEY = 'quickExitRequest';

export interface ExitRequest {
  id: string;
  done: ViewStep;
}

/** The background to every open view. */
export type BackgroundToView =
  // Close this view (the quick exit is under way).
  { type: 'close-view' };

/** Tend's script on one of the user's sites to the background. */
export type SiteToBackground =
  // As it starts: may the in-page exit blank the page at once?
  | { type: 'site-settings' }
  // The quick exit: Shift pressed three times, or the card's Quick exit button.
  | { type: 'site-exit'; trigger: 'shift' | 'card' }
  // The one tip that fits the page, once it has loaded.
  | { type: 'site-tip'; context: PageContext }
  // The user pressed a button on that tip's card.
  | { type: 'site-tip-action'; action: 'more' | 'not-now' | 'dismiss'; tipId: string };

export type Message = ViewToBackground | BackgroundToView | SiteToBackground;

/** What Tend's script on a site learns as it starts: never the user's lists, plans or notes. */
export interface SiteSettingsReply {
  shiftExit: boolean;
}

/** What it receives once the page has loaded: the card's words, if a tip is due, and how to show them. */
export interface SiteTipReply {
  tip: SiteTipDisplay | null;
  blur: boolean;
}

/** The reply to each message; `undefined` where the receiver only acts and answers nothing. */
interface Replies {
  'quick-exit': undefined;
  'close-view': undefined;
  'site-settings': SiteSettingsReply;
  'site-exit': undefined;
  'site-tip': SiteTipReply;
  'site-tip-action': undefined;
}

export type ReplyTo<M extends Message> = Replies[M['type']];

/** What a handler returns: a promise of the reply (of anything, where no reply is read), or undefined for none. */
type HandlerResult<Reply> = (Reply extends undefined ? Promise<unknown> : Promise<Reply>) | undefined;

/**
 * One handler per message a receiver answers, given the message and what is known of its sender
 * (a promise or undefined: the browser's rule for a message listener).
 */
export type Handlers<M extends Message, Sender> = {
  [Type in M['type']]: (
    message: Extract<M, { type: Type }>,
    sender: Sender,
  ) => HandlerResult<ReplyTo<Extract<M, { type: Type }>>>;
};

/**
 * Runs the handler `handlers` holds for `message`; undefined (no reply) when this class of sender
 * may not send it. `message` has passed its schema and its sender has passed its check.
 */
export function dispatch<M extends Message, Sender>(
  handlers: Handlers<M, Sender>,
  message: Message,
  sender: Sender,
): Promise<unknown> | undefined {
  if (!Object.hasOwn(handlers, message.type)) return undefined;
  const handle = handlers[message.type as M['type']] as (
    message: Message,
    sender: Sender,
  ) => Promise<unknown> | undefined;
  return handle(message, sender);
}
