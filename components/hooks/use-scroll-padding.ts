import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Keeps the page's scroll padding on `side` equal to the sticky bar's height (which grows when
 * the bar wraps at a narrow width or a large font), so a control that takes focus is scrolled
 * clear of the bar instead of under it (WCAG 2.4.11).
 */
export function useScrollPadding<Bar extends HTMLElement>(side: 'top' | 'bottom') {
  const bar = useRef<Bar>(null);
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const pad = () =>
      document.documentElement.style.setProperty(`scroll-padding-${side}`, `${element.offsetHeight + 8}px`);
    const observer = new ResizeObserver(pad);
    observer.observe(element);
    return () => observer.disconnect();
  }, [side]);
  return bar;
}
