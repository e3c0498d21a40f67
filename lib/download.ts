/** Saves data as a JSON file through the browser's own download, which needs no permission. */
export function downloadJson(fileName: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  // The click has started the download; the object URL is no longer needed once it is handed over.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
