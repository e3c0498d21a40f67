/**
 * "Back shows nothing": a Tend page that a user can reach in a tab hides its content when the
 * user leaves it, and stays hidden when Back brings it again, until they click or press a key.
 */
const ATTRIBUTE = 'data-blank';

export function blankOnLeave(win: Window = window): void {
  const root = win.document.documentElement;
  const blank = () => root.setAttribute(ATTRIBUTE, '');
  const reveal = () => root.removeAttribute(ATTRIBUTE);

  // Reached again through Back or Forward: a fresh load starts hidden too, not only a bfcache one.
  const [navigation] = win.performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  if (navigation?.type === 'back_forward') blank();

  win.addEventListener('pagehide', blank);
  win.addEventListener('pageshow', (event) => {
    if (event.persisted) blank();
  });
  for (const type of ['pointerdown', 'keydown'] as const) win.addEventListener(type, reveal, { capture: true });
}
