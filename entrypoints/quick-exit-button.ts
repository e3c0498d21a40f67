/**
 * Every view's Quick exit button, wired before the view's app loads (each view's index.html loads
 * this script after the button and before the app). An unlisted script, built on its own: it shares
 * no file with the app, so the exit still works when the app throws or one of its files fails to load.
 * It also blanks the view when the user leaves it in a tab (lib/exit/blank-on-leave.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { blankOnLeave } from '@/lib/exit/blank-on-leave';
import { wireQuickExit } from '@/lib/exit/quick-exit-view';

export default defineUnlistedScript(() => {
  blankOnLeave();
  wireQuickExit();
});
