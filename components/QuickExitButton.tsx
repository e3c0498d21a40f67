import { sendMessage } from '@/lib/messages';

/** Leaves at once for a neutral page; the background does the leaving, then this view closes. */
export function QuickExitButton() {
  const exit = () => {
    void sendMessage({ type: 'quick-exit' }).finally(() => window.close());
  };
  return (
    <button type="button" class="quick-exit" onClick={exit}>
      Quick exit
    </button>
  );
}
