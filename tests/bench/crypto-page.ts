/**
 * Runs inside a page of the built extension (bundled by tests/bench/crypto.ts): lib/lock/crypto.ts with
 * Chromium's own WebCrypto and IndexedDB.
 */
import { checkPassphrase, createLock, encryptRecord } from '../../lib/lock/crypto';

const PASSPHRASE = 'correct horse battery staple';
const PLAN = {
  who: 'Sam, 07700 900123',
  where: 'The Crown hotel, room 12',
  checkInAt: '2026-11-25T22:00',
  ifMissed: 'Call me twice, then call the hotel desk and ask them to knock.',
  reminderText: 'Dentist',
};

function openBenchDatabase(): Promise<IDBDatabase> {
  // A database of its own, beside (never in) the user's data.
  return new Promise((done, fail) => {
    const request = indexedDB.open('tend-bench', 1);
    request.onupgradeneeded = () => request.result.createObjectStore('records');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
}

/** One record written in its own transaction, timed to its commit. */
function put(db: IDBDatabase, value: unknown): Promise<void> {
  return new Promise((done, fail) => {
    const transaction = db.transaction('records', 'readwrite');
    transaction.objectStore('records').put(value, 'safeCallPlan');
    transaction.oncomplete = () => done();
    transaction.onerror = () => fail(transaction.error);
  });
}

export async function run(unlockRuns: number, saveRuns: number) {
  const { lock, key } = await createLock(PASSPHRASE);
  const unlock: number[] = [];
  for (let run = 0; run < unlockRuns; run++) {
    const start = performance.now();
    if (!(await checkPassphrase(PASSPHRASE, lock))) throw new Error('unlock failed');
    unlock.push(performance.now() - start);
  }

  const db = await openBenchDatabase();
  const savePlain: number[] = [];
  const saveSealed: number[] = [];
  // Alternate the two, so both see the same warm-up and background load.
  for (let run = 0; run < saveRuns; run++) {
    let start = performance.now();
    await put(db, PLAN);
    savePlain.push(performance.now() - start);
    start = performance.now();
    await put(db, await encryptRecord(key, PLAN, 'safeCallPlan'));
    saveSealed.push(performance.now() - start);
  }
  db.close();
  indexedDB.deleteDatabase('tend-bench');
  return { unlock, savePlain, saveSealed };
}
