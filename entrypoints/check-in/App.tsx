import { CheckInPage } from '@/components/CheckInPage';
import { QuickExitButton } from '@/components/QuickExitButton';
import { useFocusRescue } from '@/components/use-focus-rescue';
import { useScrollPadding } from '@/components/use-scroll-padding';

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
