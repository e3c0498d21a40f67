import { describe, expect, it } from 'vitest';
import { helpLines } from '@/content';
import { emergencyNumbersFor, isRegionId, linesFor, REGION_IDS } from '@/content/regions';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

describe('the help lines', () => {
  it('each name their places, organisation, source page and the day it was checked', () => {
    for (const line of helpLines) {
      expect(line.regions.length, line.id).toBeGreaterThan(0);
      for (const region of line.regions) expect(isRegionId(region), `${line.id}: ${region}`).toBe(true);
      expect(line.organisation.trim(), line.id).not.toBe('');
      expect(line.service.trim(), line.id).not.toBe('');
      expect(line.serves.trim(), line.id).not.toBe('');
      expect(new URL(line.sourceUrl).protocol, line.id).toMatch(/^https?:$/);
      expect(line.checked, line.id).toMatch(ISO_DAY);
      expect(Number.isNaN(Date.parse(line.checked)), line.id).toBe(false);
    }
  });

  it('each give a way to reach them: a number, a text, a chat or a web page', () => {
    for (const line of helpLines) expect(line.phone ?? line.text ?? line.chat ?? line.web, line.id).toBeTruthy();
  });

  it('give chat and web addresses in full, over https', () => {
    for (const line of helpLines) {
      for (const address of [line.chat, line.web]) {
        if (address !== undefined) expect(new URL(address).protocol, line.id).toBe('https:');
      }
    }
  });

  it('have unique ids', () => {
    const ids = helpLines.map((line) => line.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('give every region an emergency number', () => {
    for (const region of REGION_IDS) {
      const numbers = emergencyNumbersFor(region).map((line) => line.phone);
      expect(numbers.length, region).toBeGreaterThan(0);
      for (const number of numbers) expect(number, region).toMatch(/^\d{3}$/);
    }
  });

  it('list no number twice within a region', () => {
    for (const region of REGION_IDS) {
      const numbers = linesFor(region).flatMap((line) => (line.phone ? [line.phone.replace(/\D/g, '')] : []));
      expect(
        numbers.filter((number, index) => numbers.indexOf(number) !== index),
        region,
      ).toEqual([]);
    }
  });

  it('keep the numbers that were verified before regions came', () => {
    const byId = new Map(helpLines.map((line) => [line.id, line]));
    expect(byId.get('rainn')?.phone).toBe('800-656-4673');
    expect(byId.get('ndvh')?.phone).toBe('800-799-7233');
    expect(byId.get('ndvh')?.text).toBe('Text START to 88788');
    expect(byId.get('love-is-respect')?.phone).toBe('1-866-331-9474');
    expect(byId.get('refuge')?.phone).toBe('0808 2000 247');
    expect(byId.get('1800respect')?.phone).toBe('1800 737 732');
    expect(emergencyNumbersFor('us').map((line) => line.phone)).toEqual(['911']);
    expect(emergencyNumbersFor('ca').map((line) => line.phone)).toEqual(['911']);
    expect(emergencyNumbersFor('scotland').map((line) => line.phone)).toEqual(['999']);
    expect(emergencyNumbersFor('au').map((line) => line.phone)).toEqual(['000']);
    expect(emergencyNumbersFor('other').map((line) => line.phone)).toEqual(['112']);
  });
});
