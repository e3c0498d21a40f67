/**
 * Vite plugin: writes the Quick exit button into the HTML of every view that asks for it with the
 * comment below, so each built page holds the button and the script that wires it
 * (entrypoints/quick-exit-button.ts) before its app, from one copy of the markup.
 */
import type { Plugin } from 'vite';

export const QUICK_EXIT_PLACEHOLDER = '<!-- quick-exit-button -->';

// `vite-ignore`: the script is built on its own by WXT (an unlisted script), never bundled with the app.
const MARKUP = `<div class="quick-exit-box" id="quick-exit">
      <button type="button" class="quick-exit" aria-describedby="quick-exit-about">Quick exit</button>
      <span id="quick-exit-about" class="quick-exit-about">
        <span class="visually-hidden">Leaves at once for your neutral page and closes this view. </span>
        <span class="quick-exit-key" hidden><span class="visually-hidden">Shortcut: </span><kbd></kbd></span>
      </span>
    </div>
    <script src="/quick-exit-button.js" vite-ignore></script>`;

export function quickExitHtml(): Plugin {
  return {
    name: 'tend:quick-exit-html',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(QUICK_EXIT_PLACEHOLDER, MARKUP),
    },
  };
}
