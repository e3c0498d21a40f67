/**
 * Tend's blank exit page. A worker that has just woken sends the tab here at once, before it has
 * read the settings; this page reads the user's exit target and replaces itself with it, so Back
 * never returns to it.
 */
import { checkExitUrl } from '@/lib/exit/exit-settings';
import { read } from '@/lib/storage/storage';
import { records } from '@/lib/storage/stored-schema';

const FALLBACK = records.exitSettings.fallback.target;

async function target(): Promise<string> {
  try {
    const checked = checkExitUrl((await read('exitSettings')).target);
    return checked.ok ? checked.url : FALLBACK;
  } catch {
    return FALLBACK;
  }
}

void target().then((url) => location.replace(url));
