/** When Tend locks itself: the idle times the user can pick, and which idle states lock. */

/** How long the computer may sit idle before Tend locks itself, in minutes (0: only on close and exit). */
export const AUTO_LOCK_CHOICES = [0, 1, 5, 15, 30, 60] as const;

/** Whether an idle-state change should lock Tend: a locked screen always does, idleness if chosen. */
export function locksOn(state: string, autoLockMinutes: number): boolean {
  return state === 'locked' || (state === 'idle' && autoLockMinutes > 0);
}
