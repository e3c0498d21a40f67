import { browser } from 'wxt/browser';
import { hasIdle } from '@/lib/browser/platform';
import { locksOn } from '@/lib/lock/auto-lock';
import { lockNow } from '@/lib/lock/lock';
import { onStoredChange, read } from '@/lib/storage/storage';
import { records } from '@/lib/storage/stored-schema';

/** Locks Tend when the computer is left idle for the user's chosen time, or its screen locks. Returns the idle handler. */
export function startAutoLock(): (state: string) => void {
  const loadAutoLock = () =>
    read('autoLockMinutes').then(
      (minutes) => {
        // The browser's idle detection takes 15 s at least; 0 leaves it at its default and ignores idleness.
        if (minutes > 0 && hasIdle()) browser.idle.setDetectionInterval(minutes * 60);
        return minutes;
      },
      () => records.autoLockMinutes.fallback,
    );
  // The user's choice as it is read: an idle event may be what woke the worker, and waits for it.
  let autoLockMinutes = loadAutoLock();
  const onIdle = (state: string) => {
    // A locked screen locks at once, whatever was chosen.
    if (locksOn(state, 0)) void lockNow();
    else
      void autoLockMinutes.then((minutes) => {
        if (locksOn(state, minutes)) void lockNow();
      });
  };
  if (hasIdle()) browser.idle.onStateChanged.addListener(onIdle);
  onStoredChange((key) => {
    if (key === 'autoLockMinutes') autoLockMinutes = loadAutoLock();
  });
  return onIdle;
}
