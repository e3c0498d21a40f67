/**
 * "Keep Tend private": one text that the first-run page and the documents quote. The browser facts
 * are the keep-private section's tip summaries, each with its own source; the last paragraph is what
 * Tend itself can and cannot do.
 */
import { keepPrivateSection } from './sections/keep-private';

export const keepPrivate: { title: string; paragraphs: readonly string[]; source?: string } = {
  title: 'Keep Tend private',
  paragraphs: [
    ...keepPrivateSection.tips.map((tip) => tip.summary),
    'What Tend can do: with a passphrase set, it stores your notes encrypted, and Quick exit leaves for a neutral page at once. What Tend cannot do: hide that it is installed, since the browser lists it among your extensions, or remove files you have downloaded.',
  ],
};
