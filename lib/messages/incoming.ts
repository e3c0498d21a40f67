/**
 * The checks every incoming message passes before a handler sees it: its shape against the schema
 * of the protocol's messages (lib/messages/protocol.ts) and its sender, so nothing else can drive Tend.
 */
import * as v from 'valibot';
import { type Browser, browser } from 'wxt/browser';
import { PAGE_CONTEXTS } from '@/content/tip-rules';
import { EXIT_REQUEST_KEY, type ExitRequest, type Message } from '@/lib/messages/protocol';

/** Longer than any exit page address Tend accepts. */
const URL_MAX = 8192;

/** The first tab change a view made itself as its Quick exit was clicked (lib/exit/quick-exit-view.ts). */
const ViewStepSchema = v.strictObject({
  kind: v.picklist(['open', 'update-active']),
  url: v.pipe(v.string(), v.maxLength(URL_MAX)),
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/**
 * Exactly the protocol's messages: `satisfies` fails the type check if the schema accepts one the
 * protocol lacks, and tests/unit/messages.test.ts checks the other way round.
 */
export const MessageSchema = v.variant('type', [
  // A view asks the background to run the quick exit, having made no tab change itself; a Tend
  // page in a tab behind names the tab in front as it found it.
  v.strictObject({ type: v.literal('quick-exit'), tabId: v.optional(ViewStepSchema.entries.tabId) }),
  // The background tells every open view (popup, side panel) to close.
  v.strictObject({ type: v.literal('close-view') }),
  // Tend's script on one of the user's sites, as it starts: may the in-page exit blank the page at once?
  v.strictObject({ type: v.literal('site-settings') }),
  // That script asks for the quick exit: Shift pressed three times, or the card's Quick exit button.
  v.strictObject({ type: v.literal('site-exit'), trigger: v.picklist(['shift', 'card']) }),
  // Tend's script on one of the user's sites asks for the one tip that fits the page.
  v.strictObject({ type: v.literal('site-tip'), context: v.picklist(PAGE_CONTEXTS) }),
  // The user pressed a button on that tip's card.
  v.strictObject({
    type: v.literal('site-tip-action'),
    action: v.picklist(['more', 'not-now', 'dismiss']),
    tipId: v.pipe(v.string(), v.regex(/^[a-z\d-]{1,64}$/)),
  }),
]) satisfies v.GenericSchema<Message>;

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

/** The exit request a view writes to `storage.session` (see EXIT_REQUEST_KEY in the protocol). */
const ExitRequestSchema = v.strictObject({
  id: v.pipe(v.string(), v.maxLength(64)),
  done: ViewStepSchema,
}) satisfies v.GenericSchema<ExitRequest>;

/** Calls `run` with each exit a view asks for through `storage.session`. */
export function onExitRequest(run: (done: ExitRequest['done']) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'session' || !(EXIT_REQUEST_KEY in changes)) return;
    const request = v.safeParse(ExitRequestSchema, changes[EXIT_REQUEST_KEY]?.newValue);
    if (request.success) run(request.output.done);
  });
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

/**
 * True for Tend's own script in the top frame of a web page. Whether that page is one of the
 * user's sites is checked by the caller, which holds the list.
 */
export function isFromContentScript(sender: Browser.runtime.MessageSender, extensionId: string): boolean {
  return (
    sender.id === extensionId &&
    sender.tab?.id !== undefined &&
    sender.frameId === 0 &&
    sender.url !== undefined &&
    /^https?:/.test(sender.url)
  );
}
