/**
 * The small pieces every check of the user's input or of stored data shares: how a check answers,
 * what counts as a plain object, how typed text is tidied, and whether an address names a scheme.
 */

/** The outcome of a check or a change that can be refused: its values, or the words that say why not. */
export type Result<Values extends object = object> = ({ ok: true } & Values) | { ok: false; error: string };

/** An object used as a map: not null, and not an array (which would read as an empty map). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Typed text as it is kept: trimmed, every run of spaces, tabs and line breaks one space. */
export function tidyText(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** "host:port" at the start: "example.org:8080/path" has a colon but no scheme. */
const HOST_PORT = /^[^:/]+:\d+(\/|$)/;

/** The scheme an address starts with, lower case ("https" of "https://…"); undefined when it has none. */
export function schemeOf(text: string): string | undefined {
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(text)?.[1];
  return scheme === undefined || HOST_PORT.test(text) ? undefined : scheme.toLowerCase();
}
