/**
 * The guide section the popup opened last, offered again next time. With no lock it is kept on
 * disk; while a lock is set it lives only in `storage.session` (memory, gone when the browser
 * closes) and is offered only while Tend is unlocked: what someone read last is private too.
 */

import { read, readLock, write } from '@/lib/storage/storage';
import { lockState } from './lock-state';

export async function sectionToResume(): Promise<string | undefined> {
  const state = await lockState();
  if (state === 'off') return read('lastSectionId');
  return state === 'unlocked' ? read('sessionSectionId') : undefined;
}

export async function rememberSection(sectionId: string): Promise<void> {
  await write((await readLock()) ? 'sessionSectionId' : 'lastSectionId', sectionId);
}
