/**
 * Tend's blank exit page. A worker that has just woken sends the tab here at once, before it has
 * read the settings; this page reads the user's exit target and replaces itself with it, so Back
 * never returns to it.
 */
import { checkExitUrl, DEFAULT_EXIT_SETTINGS } from '@/lib/exit-settings';
import { read } from '@/lib/storage';

async function target(): Promise<string> {
  try {
    const stored = (await read('exitSettings'))?.target;
    const checked = stored ? checkExitUrl(stored) : undefined;
    return checked?.ok ? checked.url : DEFAULT_EXIT_SETTINGS.target;
  } catch {
    return DEFAULT_EXIT_SETTINGS.target;
  }
}

void target().then((url) => location.replace(url));
