import { describe, expect, it } from 'vitest';
import { SHIFT_WINDOW_MS, shiftCounter } from '@/lib/in-page/shift-exit';

type Press = [key: string, at: number, repeat?: boolean];

function run(presses: Press[]): boolean[] {
  const pressed = shiftCounter();
  return presses.map(([key, at, repeat = false]) => pressed(key, repeat, at));
}

describe('shiftCounter', () => {
  it('exits on the third Shift within the window', () => {
    expect(
      run([
        ['Shift', 0],
        ['Shift', 400],
        ['Shift', 900],
      ]),
    ).toEqual([false, false, true]);
  });

  it('starts again after an exit', () => {
    expect(
      run([
        ['Shift', 0],
        ['Shift', 1],
        ['Shift', 2],
        ['Shift', 3],
      ]).at(-1),
    ).toBe(false);
  });

  it('ignores presses older than the window', () => {
    expect(
      run([
        ['Shift', 0],
        ['Shift', 100],
        ['Shift', SHIFT_WINDOW_MS + 50],
      ]),
    ).toEqual([false, false, false]);
    expect(
      run([
        ['Shift', 0],
        ['Shift', 100],
        ['Shift', SHIFT_WINDOW_MS + 50],
        ['Shift', SHIFT_WINDOW_MS + 60],
      ]).at(-1),
    ).toBe(true);
  });

  it('never counts a held key (auto-repeat)', () => {
    expect(
      run([
        ['Shift', 0],
        ['Shift', 30, true],
        ['Shift', 60, true],
        ['Shift', 90, true],
      ]),
    ).toEqual([false, false, false, false]);
  });

  it('typing capital letters does not exit: any other key starts the count again', () => {
    expect(
      run([
        ['Shift', 0],
        ['H', 10],
        ['Shift', 200],
        ['I', 210],
        ['Shift', 400],
        ['J', 410],
      ]).some(Boolean),
    ).toBe(false);
  });
});
