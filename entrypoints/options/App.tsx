import { useFocusRescue } from '@/components/hooks/use-focus-rescue';
import { useReplaced } from '@/components/hooks/use-replaced';
import { useScrollPadding } from '@/components/hooks/use-scroll-padding';
import { useSiteReview } from '@/components/hooks/use-site-review';
import { DiscreetModeSetting } from '@/components/settings/DiscreetModeSetting';
import { ExitSettingsForm } from '@/components/settings/ExitSettingsForm';
import { HiddenWhileLocked, ReadOnlyWhileLocked } from '@/components/settings/LockedSettings';
import { LockSettings } from '@/components/settings/LockSettings';
import { RegionSetting } from '@/components/settings/RegionSetting';
import { ShortcutSettings } from '@/components/settings/ShortcutSettings';
import { Welcome } from '@/components/settings/Welcome';
import { MySites } from '@/components/tools/my-sites/MySites';
import { YourData } from '@/components/tools/your-data/YourData';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { NewerVersion, useNewerData } from '@/components/ui/NewerVersion';
import { Panel } from '@/components/ui/Panel';
import { QuickExitButton } from '@/components/ui/QuickExitButton';
import { ViewTitle } from '@/components/ui/ViewTitle';

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
          <Panel title="What quick exit can and can’t hide">
            <p>
              Quick exit moves you away from the screen at once. It does not wipe your browsing history: pages you
              visited stay there unless you choose to delete them above. Clearing all history can itself look unusual,
              so Tend only removes the pages you leave.
            </p>
          </Panel>
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
