/**
 * Vite plugin: provides `virtual:guide-outline`, the guide without tip bodies, for the first screen
 * of the popup and the sidebar (the bodies load just after, by dynamic import of the library). It
 * evaluates `content/outline-of.ts` at build time and writes its result as plain data.
 */
import { fileURLToPath } from 'node:url';
import { type Plugin, runnerImport } from 'vite';

const ID = 'virtual:guide-outline';
const RESOLVED = `\0${ID}`;
const SOURCE = fileURLToPath(new URL('../content/outline-of.ts', import.meta.url));

export function guideOutline(): Plugin {
  return {
    name: 'tend:guide-outline',
    resolveId: (source) => (source === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { module, dependencies } = await runnerImport<typeof import('../content/outline-of')>(SOURCE, {
        configFile: false,
        logLevel: 'silent',
      });
      // A change to any section rebuilds the outline in development.
      for (const file of dependencies) this.addWatchFile(file);
      return `export const outline = ${JSON.stringify(module.libraryOutline())};`;
    },
  };
}
