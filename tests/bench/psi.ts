/**
 * Private matching's cost: each step's time for two lists of the same size, in Node (the curve
 * code is plain JavaScript, so the sidebar's figure follows it; the in-page figure and the longest
 * main-thread slice come with the view that runs the steps).
 */
import { performance } from 'node:perf_hooks';
import { boundaryCategories } from '../../content/boundary-items';
import { writeCode } from '../../lib/psi/code';
import { entriesOf } from '../../lib/psi/entries';
import { decodePoint, type GroupPoint } from '../../lib/psi/group';
import { answer, finish, learn, SLICES, start } from '../../lib/psi/protocol';
import type { BoundaryList } from '../../lib/tools/boundaries';

/** A list of `answers` own items, all Yes: two entries each, as a list of that many answers gives. */
function listOf(answers: number): BoundaryList {
  const custom = Array.from({ length: answers }, (_, index) => ({ id: `own-${index}`, text: `Own item ${index}` }));
  return {
    ratings: Object.fromEntries(custom.map((item) => [item.id, 'yes' as const])),
    notes: {},
    custom,
    curious: [],
    unconfirmed: [],
  };
}

const points = (bytes: Uint8Array[]) => bytes.map((point) => decodePoint(point) as GroupPoint);

export interface PsiBench {
  answers: number;
  entries: number;
  steps: [number, number, number, number];
  /** The longest stretch the page is held without a pause, over all steps. */
  longestSlice: number;
  /** Codes 1, 2 and 3, in characters, as the person copies them. */
  codeSizes: [number, number, number];
}

export async function benchPsi(answers: number): Promise<PsiBench> {
  const list = listOf(answers);
  let sliceStart = performance.now();
  let longestSlice = 0;
  const slicing = {
    ...SLICES,
    pause: async () => {
      longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
      await SLICES.pause();
      sliceStart = performance.now();
    },
  };
  const time = async <T>(step: () => Promise<T> | T): Promise<[T, number]> => {
    const begin = performance.now();
    sliceStart = begin;
    const result = await step();
    longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
    return [result, performance.now() - begin];
  };
  const [one, t1] = await time(() => start(entriesOf(list, 'starter', boundaryCategories), undefined, slicing));
  const [two, t2] = await time(() =>
    answer(
      one.state.exchangeId,
      points(one.points),
      entriesOf(list, 'responder', boundaryCategories),
      undefined,
      slicing,
    ),
  );
  const [three, t3] = await time(() => finish(one.state, two.forStarter, points(two.points), slicing));
  const [matched, t4] = await time(() => learn(two.state, three.forResponder));
  if (matched.length !== one.points.length) throw new Error('the bench lists should match in full');
  const exchangeId = one.state.exchangeId;
  const codeSizes: [number, number, number] = [
    writeCode({ step: 1, exchangeId, points: one.points }).length,
    writeCode({ step: 2, exchangeId, forStarter: two.forStarter, points: two.points }).length,
    writeCode({ step: 3, exchangeId, forResponder: three.forResponder }).length,
  ];
  return { answers, entries: one.points.length, steps: [t1, t2, t3, t4], longestSlice, codeSizes };
}
