/**
 * The in-page quick exit on the user's sites: Shift pressed three times in a row within a few
 * seconds (the GOV.UK "exit this page" convention). Any other key in between starts the count
 * again, so typing capital letters never triggers it.
 */

export const SHIFT_PRESSES = 3;
export const SHIFT_WINDOW_MS = 5000;

/** Returns a function to call on every keydown; it answers true on the press that should exit. */
export function shiftCounter(): (key: string, repeat: boolean, now: number) => boolean {
  let presses: number[] = [];
  return (key, repeat, now) => {
    if (key !== 'Shift') {
      presses = [];
      return false;
    }
    if (repeat) return false;
    presses = [...presses.filter((time) => now - time < SHIFT_WINDOW_MS), now];
    if (presses.length < SHIFT_PRESSES) return false;
    presses = [];
    return true;
  };
}
