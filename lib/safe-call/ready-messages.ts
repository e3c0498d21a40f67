/**
 * The ready messages on the check-in page: "I'm OK", the help word and "Please call me now", each
 * as an sms: link (RFC 5724) and a mailto: link (RFC 6068) that the user opens themselves, and as
 * text to copy. Tend sends nothing: a link only opens the user's own messaging or email app.
 */
import { phoneDigits, type SafeCallContact } from './safe-call';

export interface ReadyMessage {
  id: 'ok' | 'help' | 'call';
  /** What the user sees the message is for. */
  purpose: string;
  text: string;
  sms?: string;
  mailto?: string;
}

/**
 * Percent-encodes everything but RFC 3986's unreserved characters: RFC 5724 allows only those and
 * percent-encodings in a body, and encodeURIComponent leaves ! ' ( ) * as they are.
 */
export function encodeStrictly(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `sms:+447700900123?body=…`, or undefined when the number cannot be used. */
export function smsLink(phone: string, body: string): string | undefined {
  const digits = phoneDigits(phone);
  return digits && `sms:${digits}?body=${encodeStrictly(body)}`;
}

/** `mailto:sam@example.com?subject=…&body=…`; the address needs no encoding (lib/safe-call/safe-call.ts allows no such address). */
export function mailtoLink(email: string, body: string): string | undefined {
  const address = email.trim();
  if (!address) return undefined;
  return `mailto:${address}?subject=${encodeStrictly(body)}&body=${encodeStrictly(body)}`;
}

/** The three messages, with the words the user agreed with their friend, or plain ones when none. */
export function readyMessages(contact: SafeCallContact): ReadyMessage[] {
  const messages: Omit<ReadyMessage, 'sms' | 'mailto'>[] = [
    { id: 'ok', purpose: 'All is fine', text: contact.okWord.trim() || 'I’m OK' },
    { id: 'help', purpose: 'You need help', text: contact.helpWord.trim() || 'I need help' },
    { id: 'call', purpose: 'Ask for a call', text: 'Please call me now' },
  ];
  return messages.map((message) => ({
    ...message,
    sms: smsLink(contact.friendPhone, message.text),
    mailto: mailtoLink(contact.friendEmail, message.text),
  }));
}
