import { DiscreetModeSetting } from '@/components/DiscreetModeSetting';
import { ExitSettingsForm } from '@/components/ExitSettingsForm';
import { HiddenWhileLocked, ReadOnlyWhileLocked } from '@/components/LockedSettings';
import { LockSettings } from '@/components/LockSettings';
import { MySites } from '@/components/MySites';
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
  return (
    <>
      <header class="bar" ref={header}>
        <ViewTitle view="options" />
        <QuickExitButton />
      </header>
      <main class="content page" key={generation}>
        <Welcome />
        <ReadOnlyWhileLocked>
          <ShortcutSettings />
          <ExitSettingsForm />
          <DiscreetModeSetting />
        </ReadOnlyWhileLocked>
        {/* Not private: it only orders the help lines, so it works while Tend is locked. */}
        <RegionSetting />
        <HiddenWhileLocked>
          <MySites />
        </HiddenWhileLocked>
        <section class="panel" aria-labelledby="honest-title">
          <h2 id="honest-title">What quick exit can and can’t hide</h2>
          <p>
            Quick exit moves you away from the screen at once. It does not wipe your browsing history: pages you visited
            stay there unless you choose to delete them above. Clearing all history can itself look unusual, so Tend
            only removes the pages you leave.
          </p>
        </section>
        <LockSettings />
        <YourData notice={notice} onReplaced={replaced} />
      </main>
    </>
  );
}
