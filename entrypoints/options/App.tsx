import { DiscreetModeSetting } from '@/components/DiscreetModeSetting';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { ExitSettingsForm } from '@/components/ExitSettingsForm';
import { HiddenWhileLocked, ReadOnlyWhileLocked } from '@/components/LockedSettings';
import { LockSettings } from '@/components/LockSettings';
import { MySites } from '@/components/MySites';
import { NewerVersion, useNewerData } from '@/components/NewerVersion';
import { QuickExitButton } from '@/components/QuickExitButton';
import { RegionSetting } from '@/components/RegionSetting';
import { ShortcutSettings } from '@/components/ShortcutSettings';
import { useFocusRescue } from '@/components/use-focus-rescue';
import { useReplaced } from '@/components/use-replaced';
import { useScrollPadding } from '@/components/use-scroll-padding';
import { useSiteReview } from '@/components/use-site-review';
import { ViewTitle } from '@/components/ViewTitle';
import { Welcome } from '@/components/Welcome';
import { YourData } from '@/components/YourData';

export function App() {
  const { generation, notice, replaced } = useReplaced();
  useSiteReview();
  useFocusRescue();
  const header = useScrollPadding<HTMLElement>('top');
  const newer = useNewerData();
  return (
    <>
      <header class="bar" ref={header}>
        <ViewTitle view="options" />
        <QuickExitButton />
      </header>
      {newer ? (
        <main class="content page">
          <NewerVersion />
        </main>
      ) : (
        <main class="content page" key={generation}>
          <ErrorBoundary>
            <Welcome />
          </ErrorBoundary>
          <ReadOnlyWhileLocked>
            <ErrorBoundary>
              <ShortcutSettings />
            </ErrorBoundary>
            <ErrorBoundary>
              <ExitSettingsForm />
            </ErrorBoundary>
            <ErrorBoundary>
              <DiscreetModeSetting />
            </ErrorBoundary>
          </ReadOnlyWhileLocked>
          {/* Not private: it only orders the help lines, so it works while Tend is locked. */}
          <ErrorBoundary>
            <RegionSetting />
          </ErrorBoundary>
          <HiddenWhileLocked>
            <ErrorBoundary>
              <MySites />
            </ErrorBoundary>
          </HiddenWhileLocked>
          <section class="panel" aria-labelledby="honest-title">
            <h2 id="honest-title">What quick exit can and can’t hide</h2>
            <p>
              Quick exit moves you away from the screen at once. It does not wipe your browsing history: pages you
              visited stay there unless you choose to delete them above. Clearing all history can itself look unusual,
              so Tend only removes the pages you leave.
            </p>
          </section>
          <ErrorBoundary>
            <LockSettings />
          </ErrorBoundary>
          <ErrorBoundary>
            <YourData notice={notice} onReplaced={replaced} />
          </ErrorBoundary>
        </main>
      )}
    </>
  );
}
