/**
 * The tip card: plain DOM in a closed shadow root, so the page's scripts cannot read it through
 * `shadowRoot` and the page's styles cannot reach it. The page sees one bare element appear, with
 * no attribute at all: its place and look come from `:host` rules inside the root. It never takes
 * focus, is laid only where it covers none of the page's content or controls, and answers only
 * clicks from the person at the screen (`event.isTrusted`), never a page's synthetic ones.
 */
import { findFreeSpot, type Rect } from '@/lib/in-page/card-placement';
import type { SiteTipDisplay } from '@/lib/sites/site-tips';

export type CardAction = 'more' | 'not-now' | 'dismiss' | 'exit';

/** The page's content and controls: what the card must never cover. */
const CONTENT =
  'a,button,input,textarea,select,label,summary,img,video,audio,iframe,canvas,svg,h1,h2,h3,h4,h5,h6,p,li,dt,dd,th,td,pre,blockquote,figure,header,nav,footer,form,[role],[tabindex],[contenteditable]';
const MAX_BOXES = 3000;

// Fixed colours (the page's colour scheme is unknown); every pair meets WCAG AA.
const STYLE = `
aside { box-sizing: border-box; width: 17rem; padding: 0.75rem; border: 1px solid #cfd3d8; border-radius: 8px;
  background: #ffffff; color: #1e2124; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.12); }
p { margin: 0 0 0.5rem; }
.heading { font-weight: 600; }
.blur .words { filter: blur(5px); transition: filter 0.15s; }
.blur:hover .words, .blur:focus-within .words { filter: none; }
.actions { display: flex; flex-wrap: wrap; gap: 0.375rem; }
button { font: inherit; padding: 0.25rem 0.625rem; border-radius: 6px; border: 1px solid #4f5660;
  background: #f6f5f2; color: #1e2124; cursor: pointer; }
button:hover { background: #eceae5; }
button.exit { background: #9b2226; border-color: #9b2226; color: #ffffff; }
button:focus-visible { outline: 3px solid #1d5fd1; outline-offset: 2px; }
@media (prefers-reduced-motion: reduce) { .blur .words { transition: none; } }
`;

const LABELS: [CardAction, string][] = [
  ['more', 'More'],
  ['not-now', 'Not now'],
  ['dismiss', 'Don’t show this again'],
  ['exit', 'Quick exit'],
];

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}) {
  return Object.assign(document.createElement(tag), props);
}

/**
 * Where the host box goes, as `:host` rules: important declarations inside a shadow root win over
 * the page's, so no page style can move or restyle the card.
 */
const hostRule = (place: string) => `:host { all: initial !important; ${place.replace(/;/g, ' !important;')} }`;

function contentBoxes(): Rect[] {
  const boxes: Rect[] = [];
  const { scrollX, scrollY } = window;
  for (const el of [...document.body.querySelectorAll(CONTENT)].slice(0, MAX_BOXES)) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.height > 0)
      boxes.push({ left: box.left + scrollX, top: box.top + scrollY, width: box.width, height: box.height });
  }
  return boxes;
}

/** Builds the card and lays it on the page; returns a function that removes it. */
export function showCard(tip: SiteTipDisplay, blur: boolean, onAction: (action: CardAction) => void): () => void {
  const host = element('div');
  const root = host.attachShadow({ mode: 'closed' });
  const card = element('aside', { className: blur ? 'blur' : '' });
  card.setAttribute('aria-label', tip.heading);
  const words = element('div', { className: 'words' });
  words.append(
    element('p', { className: 'heading', textContent: tip.heading }),
    element('p', { textContent: tip.line }),
  );
  const actions = element('div', { className: 'actions' });
  for (const [action, label] of LABELS) {
    const button = element('button', { type: 'button', textContent: label, className: action });
    button.addEventListener('click', (event) => event.isTrusted && onAction(action));
    actions.append(button);
  }
  card.append(words, actions);
  const place = element('style', { textContent: hostRule('position:absolute;visibility:hidden;left:0;top:0;') });
  root.append(element('style', { textContent: STYLE }), place, card);

  // Measured unseen first, then placed in a free spot, or after the page's content if none is free.
  document.body.append(host);
  const size = card.getBoundingClientRect();
  const spot = findFreeSpot(
    { width: document.documentElement.clientWidth, height: window.innerHeight, scrollX, scrollY },
    { width: size.width, height: size.height },
    contentBoxes(),
  );
  place.textContent = hostRule(
    spot
      ? `position:absolute;z-index:1;left:${spot.left}px;top:${spot.top}px;`
      : 'display:block;width:17rem;margin:12px auto;',
  );
  return () => host.remove();
}
