/**
 * `npm run screenshots`: the store listings' 1280x800 PNG screenshots of the popup, the sidebar and
 * settings, in the light and the dark colour scheme, from the real build (.output/chrome-mv3-e2e,
 * file for file the shipped pages) in Debian's Chromium. The data is invented and goes in the way a
 * person's would: a backup file imported through "Your data". The popup and sidebar are captured at
 * their real size and set on a plain backdrop with one line saying what they show.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { launch } from '../tests/e2e/fixtures';

const ROOT = resolve(import.meta.dirname, '..');
const OUT_DIR = join(ROOT, 'store/screenshots');
const SIZE = { width: 1280, height: 800 };
/** The stores take larger files, but a listing loads faster with small ones. */
const MAX_BYTES = 200 * 1024;
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

/** Invented data, shaped as a "Your data" export; schema version 1 is migrated like any old backup. */
const backup = {
  kind: 'tend-backup',
  schemaVersion: 1,
  exportedAt: '2026-11-30T09:00:00.000Z',
  data: {
    firstRunDone: true,
    lastSectionId: 'safe-words',
    safeCallPlan: {
      who: 'Alex, my flatmate. Text first, then call.',
      where: 'Meeting Jo at the Green Cafe on Market Street, then maybe at Jo’s place.',
      checkInAt: '2026-12-05T22:30',
      ifMissed: 'Call me twice. If I don’t answer, call Jo, then come to the cafe.',
      reminderText: 'Call Alex',
    },
    aftercarePlan: {
      forMe: 'A blanket, water and a quiet film. A message the next day.',
      forPartner: 'Ask what they need. Tea and a snack.',
      kitReady: ['ice', 'antibiotic-ointment'],
      ownKit: [{ id: 'own-1', label: 'Spare phone charger' }],
    },
    boundaries: {
      ratings: { 'safe-word': 'yes', 'stop-signal': 'yes', 'check-ins': 'yes', praise: 'maybe' },
      notes: { 'stop-signal': 'Two taps on the arm.' },
      custom: [],
      curious: ['praise'],
      unconfirmed: [],
    },
  },
};

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function openTend(context: BrowserContext, path: string, viewport: typeof SIZE, scheme: Scheme): Promise<Page> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/${path}`);
  await page.locator('h1').first().waitFor();
  return page;
}

async function importInventedData(context: BrowserContext, work: string): Promise<void> {
  const file = join(work, 'notes-backup.json');
  writeFileSync(file, JSON.stringify(backup));
  const page = await openTend(context, 'sidepanel.html#data', SIZE, 'light');
  await page.getByLabel('Choose a backup file').setInputFiles(file);
  await page.getByRole('button', { name: 'Import “notes-backup.json”' }).click();
  await page.getByRole('button', { name: 'Yes, replace it' }).click();
  await page.getByText('Your backup was imported.').waitFor();
  await page.close();
}

/** One view at its own size, set on a plain 1280x800 backdrop beside a line that says what it shows. */
async function onBackdrop(context: BrowserContext, shot: Buffer, caption: string, scheme: Scheme): Promise<Buffer> {
  const page = await context.newPage();
  await page.setViewportSize(SIZE);
  const [background, text] = scheme === 'dark' ? ['#1f2321', '#e8ece9'] : ['#eef2ef', '#1f2a24'];
  await page.setContent(`<!doctype html><html lang="en"><body style="margin:0;height:100vh;display:flex;align-items:center;
    justify-content:center;gap:64px;background:${background};color:${text};font:600 34px/1.3 system-ui,sans-serif">
    <p style="max-width:420px;margin:0">${caption}</p>
    <img alt="" style="border-radius:10px;box-shadow:0 8px 30px rgba(0,0,0,.35)"
      src="data:image/png;base64,${shot.toString('base64')}"></body></html>`);
  await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
  const png = await page.screenshot();
  await page.close();
  return png;
}

async function screenshots(context: BrowserContext, scheme: Scheme): Promise<Record<string, Buffer>> {
  const popup = await openTend(context, 'popup.html', { width: 380, height: 600 }, scheme);
  const popupShot = await popup.screenshot();
  await popup.close();

  const sidebar = await openTend(context, 'sidepanel.html#safe-call', { width: 420, height: 720 }, scheme);
  // The plan shows in its form fields once storage has answered.
  await sidebar.waitForFunction(() =>
    [...document.querySelectorAll('textarea, input')].some((field) =>
      (field as HTMLInputElement).value.startsWith('Alex'),
    ),
  );
  const sidebarShot = await sidebar.screenshot();
  await sidebar.close();

  const settings = await openTend(context, 'options.html', SIZE, scheme);
  const settingsShot = await settings.screenshot();
  await settings.close();

  return {
    popup: await onBackdrop(context, popupShot, 'Calm, sourced guidance one click away in the toolbar.', scheme),
    sidebar: await onBackdrop(context, sidebarShot, 'Your own plans in the sidebar, kept only on this device.', scheme),
    settings: settingsShot,
  };
}

const work = mkdtempSync(join(tmpdir(), 'tend-screenshots-'));
// The e2e tests' launcher: the e2e build, Debian's Chromium, Chromium's own background traffic off.
const context = await launch(join(work, 'profile'));
const problems: string[] = [];
try {
  await importInventedData(context, work);
  for (const scheme of SCHEMES) {
    for (const [view, png] of Object.entries(await screenshots(context, scheme))) {
      const name = `${view}-${scheme}.png`;
      writeFileSync(join(OUT_DIR, name), png);
      const { width, height } = pngSize(readFileSync(join(OUT_DIR, name)));
      console.log(`store/screenshots/${name}: ${width}x${height}, ${(png.length / 1024).toFixed(1)} KB`);
      if (width !== SIZE.width || height !== SIZE.height) problems.push(`${name} is ${width}x${height}`);
      if (png.length > MAX_BYTES) problems.push(`${name} is over ${MAX_BYTES / 1024} KB`);
    }
  }
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
