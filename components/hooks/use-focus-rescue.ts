import { useEffect } from 'preact/hooks';

/** Parts of a page that can take focus in place of a control that left it. */
const PLACES = 'section, form, fieldset, article, [role="tabpanel"], main';

/** The heading of `place`, or the place itself, made focusable from script only. */
function focusPlace(place: Element): void {
  const target = place.querySelector<HTMLElement>('h2, h3, h4, legend') ?? (place as HTMLElement);
  if (!target.matches('a, button, input, select, textarea, [tabindex]')) target.tabIndex = -1;
  target.focus();
}

/**
 * When the focused control leaves the page (an item removed, a form swapped for its next step),
 * focus moves to the nearest part of the page still there, at its heading, instead of falling to
 * the page body, where keyboard and screen reader users would have to start again from the top.
 */
export function useFocusRescue(): void {
  useEffect(() => {
    let path: Element[] = [];
    const onFocus = (event: FocusEvent) => {
      path = [];
      for (let node = event.target as Element | null; node; node = node.parentElement) path.push(node);
    };
    const observer = new MutationObserver(() => {
      const active = document.activeElement;
      if ((active && active !== document.body) || !path[0] || path[0].isConnected) return;
      const place = path.find((node) => node.isConnected && node.matches(PLACES));
      path = [];
      if (place) focusPlace(place);
    });
    document.addEventListener('focusin', onFocus);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', onFocus);
      observer.disconnect();
    };
  }, []);
}
