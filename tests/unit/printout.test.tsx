// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PrintButton } from '@/components/ui/PrintButton';
import { Printout } from '@/components/ui/Printout';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a printout', () => {
  it('holds each filled row, label then value, and leaves empty ones out', () => {
    const { container } = render(
      <Printout
        title="First-aid kit"
        rows={[
          ['Note', 'Line one\nLine two'],
          ['Empty', '  '],
          ['Ice', 'Ready'],
        ]}
      />,
    );
    const printout = container.querySelector('.printout');
    expect(printout?.classList).toContain('print-only');
    expect(printout?.querySelector('h3')?.textContent).toBe('First-aid kit');
    const rows = [...container.querySelectorAll('dl > div')].map((row) => [
      row.querySelector('dt')?.textContent,
      row.querySelector('dd')?.textContent,
    ]);
    expect(rows).toEqual([
      ['Note', 'Line one\nLine two'],
      ['Ice', 'Ready'],
    ]);
  });
});

describe('the Print button', () => {
  const printed = () => document.querySelector('[data-print-part]');

  function twoEntries() {
    render(
      <section>
        <article id="first">
          <PrintButton detail="the first entry" />
        </article>
        <article id="second">
          <PrintButton detail="the second entry" />
        </article>
      </section>,
    );
  }

  it('prints the article it is in alone, and the whole view again once the dialog closes', () => {
    // What is marked while each dialog is open (no dialog closes between the two here).
    const marked: string[][] = [];
    const print = vi.fn(() => {
      expect(document.documentElement.hasAttribute('data-printing-part')).toBe(true);
      marked.push([...document.querySelectorAll('[data-print-part]')].map((part) => part.id));
    });
    vi.stubGlobal('print', print);
    twoEntries();
    fireEvent.click(screen.getByRole('button', { name: 'Print the first entry' }));
    fireEvent.click(screen.getByRole('button', { name: 'Print the second entry' }));
    expect(marked).toEqual([['first'], ['second']]);

    dispatchEvent(new Event('afterprint'));
    expect(printed()).toBeNull();
    expect(document.documentElement.hasAttribute('data-printing-part')).toBe(false);
  });

  it('gives focus back to the button if printing took it away, but not if the user moved on', async () => {
    vi.stubGlobal('print', vi.fn());
    twoEntries();
    const first = screen.getByRole('button', { name: 'Print the first entry' });
    first.focus();
    fireEvent.click(first);
    first.blur();
    dispatchEvent(new Event('afterprint'));
    await vi.waitFor(() => expect(document.activeElement).toBe(first));

    fireEvent.click(first);
    const second = screen.getByRole('button', { name: 'Print the second entry' });
    second.focus();
    dispatchEvent(new Event('afterprint'));
    await new Promise((done) => setTimeout(done, 10));
    expect(document.activeElement).toBe(second);
  });
});
