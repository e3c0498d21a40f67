/** Written at build time by `scripts/guide-outline.ts` from `content/outline-of.ts`. */
declare module 'virtual:guide-outline' {
  export const outline: readonly import('./types').SectionOutline[];
}
