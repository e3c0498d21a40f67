/**
 * Draws the neutral toolbar icon discreet mode shows: a plain grey note page with three lines,
 * like any notes app. Writes public/icon/neutral-{16,32,48,128}.png. Run with
 * `npx tsx scripts/make-neutral-icons.ts`; the PNGs are committed, so a build never needs this.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const PAGE: Rgba = [241, 243, 244, 255];
const INK: Rgba = [95, 99, 104, 255];
const SAMPLES = 4;

/** The colour at a point of the unit square, or undefined outside the page. */
function colourAt(x: number, y: number): Rgba | undefined {
  const left = 0.16;
  const right = 0.84;
  const top = 0.08;
  const bottom = 0.92;
  const radius = 0.1;
  const border = 0.07;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  const distance = Math.hypot(x - cx, y - cy);
  if (distance > radius) return undefined;
  if (distance > radius - border) return INK;
  const lines = [0.32, 0.5, 0.68];
  const lineEnd = (index: number) => (index === lines.length - 1 ? 0.56 : 0.7);
  for (const [index, line] of lines.entries()) {
    if (Math.abs(y - line) < 0.04 && x > 0.3 && x < lineEnd(index)) return INK;
  }
  return PAGE;
}

function pixels(size: number): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (colour[c] ?? 0) * (colour[3] / 255);
          sum[3] = (sum[3] ?? 0) + colour[3];
        }
      }
      const count = SAMPLES * SAMPLES;
      const alpha = (sum[3] ?? 0) / count;
      const offset = y * (size * 4 + 1) + 1 + x * 4;
      for (let c = 0; c < 3; c++) rows[offset + c] = alpha ? Math.round(((sum[c] ?? 0) / count / alpha) * 255) : 0;
      rows[offset + 3] = Math.round(alpha);
    }
  }
  return rows;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels(size), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(resolve(import.meta.dirname, `../public/icon/neutral-${size}.png`), png(size));
}
