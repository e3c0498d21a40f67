/**
 * The content security policy of Tend's own pages (popup, sidebar, settings, exit page). Tend
 * makes no request by design; this makes it so by construction: the pages load only Tend's own
 * files and can open no connection, frame, form submission or plugin, whatever a bug or a bad
 * dependency tried.
 */
const SHIPPED = {
  'default-src': ["'self'"],
  // Written out: WXT's dev mode adds its server here and would otherwise leave out 'self'.
  'script-src': ["'self'"],
  'object-src': ["'none'"],
  'connect-src': ["'none'"],
  'frame-src': ["'none'"],
  'form-action': ["'none'"],
  'base-uri': ["'none'"],
};

const toPolicy = (directives: Record<string, string[]>) =>
  Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

/** What every `wxt build` carries, the e2e build included. */
export const SHIPPED_EXTENSION_PAGES_CSP = toPolicy(SHIPPED);

/**
 * Chosen by command, not by mode: only `wxt` (the dev server, command "serve") lets the pages
 * reach WXT's dev server and its reload websocket on this machine.
 */
export function extensionPagesCsp(command: 'build' | 'serve'): string {
  if (command === 'build') return SHIPPED_EXTENSION_PAGES_CSP;
  return toPolicy({ ...SHIPPED, 'connect-src': ["'self'", 'http://localhost:*', 'ws://localhost:*'] });
}
