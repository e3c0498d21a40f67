import { useLayoutEffect, useRef } from 'preact/hooks';
import { QUICK_EXIT_BOX } from '@/lib/exit/quick-exit-view';

/**
 * Where the view's Quick exit button goes in its header. The button itself is in the view's HTML,
 * wired before the app loads (entrypoints/quick-exit-button.ts) so it works whatever happens to
 * the app; this moves it here, first among the header's controls. Preact renders no children
 * here, so it never touches the button.
 */
export function QuickExitButton() {
  const slot = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = document.getElementById(QUICK_EXIT_BOX);
    if (box && slot.current) slot.current.append(box);
  }, []);
  return <div class="quick-exit-slot" ref={slot} />;
}
