/**
 * Vite plugin: removes the one HTML sink in Tend's bundle. Preact's renderer assigns `innerHTML`
 * for the `dangerouslySetInnerHTML` prop, which Tend never uses (Biome forbids it in our code). With
 * the assignment gone, no path in the built extension can parse a string as HTML, and Firefox's
 * add-on linter has no unsafe assignment to report. The raw value becomes plain text instead.
 */
import type { Plugin } from 'vite';

const PREACT = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/;
// Minified: `(t.innerHTML=h.__html)`, with whatever names the release uses.
const SINK = /([\w$]+)\.innerHTML=([\w$]+)\.__html/g;

export function noHtmlSink(): Plugin {
  return {
    name: 'tend:no-html-sink',
    apply: 'build',
    transform(code, id) {
      if (!PREACT.test(id)) return undefined;
      const replaced = code.replace(SINK, '$1.textContent=$2.__html');
      // Fail loudly if a Preact update moves the assignment, rather than ship the sink unnoticed.
      if (replaced === code || /\.innerHTML\s*=[^=]/.test(replaced)) {
        throw new Error('tend:no-html-sink: Preact’s innerHTML assignment was not found; update the pattern.');
      }
      return { code: replaced, map: null };
    },
  };
}
