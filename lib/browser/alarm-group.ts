/**
 * A group of reminder alarms picked out by their names (the safe-call plan's check-ins, the
 * timeline's ends): listed soonest first, replaced together, and cleared with any notification
 * they put on screen. One mechanism for every kind of reminder, so each clears the same way.
 */
import { type Browser, browser } from 'wxt/browser';

export function alarmGroup(isMine: (name: string) => boolean) {
  /** Clears one alarm (a snooze included) and its notification. */
  const clearOne = async (name: string) => {
    await Promise.all([browser.alarms.clear(name), browser.notifications?.clear(name)]);
  };
  const pending = async (): Promise<Browser.alarms.Alarm[]> => {
    const all = await browser.alarms.getAll();
    return all.filter((alarm) => isMine(alarm.name)).sort((a, b) => a.scheduledTime - b.scheduledTime);
  };
  const clear = async () => {
    const shown = Object.keys((await browser.notifications?.getAll()) ?? {});
    const names = new Set([...(await pending()).map((alarm) => alarm.name), ...shown.filter(isMine)]);
    await Promise.all([...names].map(clearOne));
  };
  const set = async (alarms: readonly { name: string; when: number }[]) => {
    await clear();
    await Promise.all(alarms.map(({ name, when }) => browser.alarms.create(name, { when })));
  };
  return { pending, clear, clearOne, set };
}
