import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Feedback } from '@/components/ui/FormMessage';
import { inWords } from '@/lib/error-words';

export interface Operation {
  /** True while any run is under way. */
  busy: boolean;
  /** What the last run said: its own feedback, or what went wrong in words. */
  feedback: Feedback | undefined;
  /** What it threw, if the last run failed. */
  error: unknown;
  /** Says something outside a run (a refusal found before starting, say). */
  say(feedback?: Feedback): void;
  /**
   * Runs `task`, saying `working` meanwhile and then what it returns. Nothing it throws escapes:
   * the error becomes words in `feedback`. Resolves to whether it finished without throwing.
   */
  run(task: () => Promise<Feedback | undefined>, working?: string): Promise<boolean>;
}

/**
 * `unchanged`: the actions run are all-or-nothing, so a failure can say nothing was changed.
 *
 * One async action a person started (unlock, export, add a site...): busy while it runs, its
 * outcome as state, always cleared in `finally`, so no thrown error can leave a button disabled or
 * "Encrypting…" on screen for good. A view that closes meanwhile is simply not updated.
 */
export function useOperation({ unchanged = false } = {}): Operation {
  const [running, setRunning] = useState(0);
  const [feedback, setFeedback] = useState<Feedback>();
  const [error, setError] = useState<unknown>();
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const say = useCallback((next?: Feedback) => {
    setError(undefined);
    setFeedback(next);
  }, []);

  const run = useCallback(
    async (task: () => Promise<Feedback | undefined>, working?: string) => {
      const update = (change: () => void) => {
        if (mounted.current) change();
      };
      setRunning((count) => count + 1);
      say(working ? { error: false, text: working } : undefined);
      try {
        const said = await task();
        update(() => setFeedback(said));
        return true;
      } catch (thrown) {
        update(() => {
          setError(() => thrown);
          setFeedback({ error: true, text: unchanged ? `${inWords(thrown)} Nothing was changed.` : inWords(thrown) });
        });
        return false;
      } finally {
        update(() => setRunning((count) => count - 1));
      }
    },
    [say],
  );

  return { busy: running > 0, feedback, error, say, run };
}
