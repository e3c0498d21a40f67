/** Lower case, every run of punctuation or space one space: how two wordings are compared (search, the boundaries list). */
export function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
