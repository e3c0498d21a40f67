import { ExitSettingsForm } from '@/components/ExitSettingsForm';
import { MySites } from '@/components/MySites';
import { QuickExitButton } from '@/components/QuickExitButton';
import { ShortcutSettings } from '@/components/ShortcutSettings';
import { Welcome } from '@/components/Welcome';

export function App() {
  return (
    <>
      <header class="bar">
        <h1 class="brand">Tend settings</h1>
        <QuickExitButton />
      </header>
      <main class="content page">
        <Welcome />
        <ShortcutSettings />
        <ExitSettingsForm />
        <MySites />
        <section class="panel" aria-labelledby="honest-title">
          <h2 id="honest-title">What quick exit can and can’t hide</h2>
          <p>
            Quick exit moves you away from the screen at once. It does not wipe your browsing history: pages you visited
            stay there unless you choose to delete them above. Clearing all history can itself look unusual, so Tend
            only removes the pages you leave.
          </p>
        </section>
      </main>
    </>
  );
}
