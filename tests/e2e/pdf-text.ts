/**
 * Printing in tests: what a page printed, read back from `page.pdf()` by pdf.js (so a test
 * checks the words on paper rather than the page's markup), print() counted, and the words no paper shows.
 */
import { expect, type Page } from '@playwright/test';

/** The text of a PDF, page after page, with pdf.js's line ends as line breaks. */
async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: true }).promise;
  let text = '';
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    text += '\n';
  }
  return text;
}

/**
 * What `page` prints, as pdf.js reads it back, with every run of white space as one space. Chromium
 * prints it as for a print dialog: 'beforeprint', the page laid out with print styles, 'afterprint'.
 */
export async function printedText(page: Page): Promise<string> {
  const text = await pdfText(await page.pdf({ format: 'A4', printBackground: false }));
  return text.replace(/\s+/g, ' ');
}

/**
 * A 2,000-character note of 23 numbered lines, so a lost or cut line shows: `note` as typed, and
 * `whole` as it reads on paper once white space is made single spaces.
 */
export function longNote(): { note: string; whole: string } {
  const lines = Array.from({ length: 23 }, (_, index) =>
    `Line ${String(index + 1).padStart(2, '0')}: call me twice, then try Jo at the bar on the corner.`.padEnd(86, '.'),
  );
  return { note: lines.join('\n'), whole: lines.join(' ') };
}

/** Headless Chromium opens no print dialog: the page's print() only counts its calls. */
export async function countPrints(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const seen = { prints: 0 };
    Object.assign(window, { seen });
    window.print = () => {
      seen.prints++;
    };
  });
  return () => page.evaluate(() => (window as unknown as { seen: { prints: number } }).seen.prints);
}

/** Words of the view that make no sense on paper: buttons, tabs, and Quick exit's description. */
const CONTROLS = ['Print', 'Quick exit', 'Leaves at once', 'Lock', 'Guide', 'Safe call', 'My sites', 'Your data'];

export function expectNoControls(printed: string, more: string[] = []): void {
  for (const control of [...CONTROLS, ...more]) expect(printed).not.toMatch(new RegExp(`\\b${control}\\b`));
}
