/**
 * Printing one part of a view. The part is marked and the page flagged while the print dialog is
 * open; theme.css then leaves off, on paper only, everything that neither holds the part nor is in
 * it. Nothing on screen changes. The marks go as the dialog closes ('afterprint'), so the browser's
 * own Print still prints the whole view.
 */
const PART = 'data-print-part';
const FLAG = 'data-printing-part';

/** The control that asked to print. */
let returnTo: HTMLElement | null = null;

function unmark(): void {
  for (const part of document.querySelectorAll(`[${PART}]`)) part.removeAttribute(PART);
  document.documentElement.removeAttribute(FLAG);
}

function afterPrint(): void {
  unmark();
  const control = returnTo;
  returnTo = null;
  // Laid out for paper, where it is hidden, the control lost focus; once the page is back on screen
  // it gets it again, unless the user has moved on.
  setTimeout(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost && control?.isConnected) control.focus();
  });
}

/** Opens the print dialog for `part` alone, or for the whole view when there is none. */
function printOnly(part: Element | null): void {
  unmark();
  if (part) {
    part.setAttribute(PART, '');
    document.documentElement.setAttribute(FLAG, '');
  }
  returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  // One listener however often the user prints: adding the same function again adds nothing.
  addEventListener('afterprint', afterPrint);
  print();
}

/**
 * "Print", for the part of a view it sits in: the nearest enclosing `article` or `section` (a
 * journal entry, a tool's `Panel`) prints alone. Hidden on paper, like every button. `detail` is
 * heard after "Print" only, where several such buttons are on one page (which entry).
 */
export function PrintButton({ detail }: { detail?: string }) {
  return (
    <button type="button" onClick={(event) => printOnly(event.currentTarget.closest('article, section'))}>
      Print
      {detail && <span class="visually-hidden"> {detail}</span>}
    </button>
  );
}
