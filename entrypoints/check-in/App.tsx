import { useFocusRescue } from '@/components/hooks/use-focus-rescue';
import { useScrollPadding } from '@/components/hooks/use-scroll-padding';
import { CheckInPage } from '@/components/tools/safe-call/CheckInPage';
import { QuickExitButton } from '@/components/ui/QuickExitButton';

/** The page a check-in reminder opens, in a tab. */
export function App() {
  useFocusRescue();
  const header = useScrollPadding<HTMLElement>('top');
  return (
    <>
      <header class="bar" ref={header}>
        <h1 class="brand">Check in</h1>
        <QuickExitButton />
      </header>
      <main class="content page">
        <CheckInPage />
      </main>
    </>
  );
}
