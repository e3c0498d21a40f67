// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '@/components/ui/ErrorBoundary';
import { FormMessage } from '@/components/ui/FormMessage';
import { lazy } from '@/components/ui/lazy';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

let broken = true;
function Fragile() {
  if (broken) throw new TypeError('entries.map is not a function');
  return <p>The journal</p>;
}

describe('ErrorBoundary', () => {
  it('shows words in place of a part that fails to render, keeps its neighbours, and tries again', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    broken = true;
    render(
      <>
        <button type="button">Quick exit</button>
        <ErrorBoundary>
          <Fragile />
        </ErrorBoundary>
      </>,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This part of Tend could not be shown.');
    expect(alert.textContent).not.toContain('entries.map');
    expect(screen.getByRole('button', { name: 'Quick exit' })).toBeTruthy();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('The journal')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('FormMessage', () => {
  it('keeps one status and one alert, the same elements, whatever it says', () => {
    const { rerender } = render(<FormMessage id="m" />);
    const status = screen.getByRole('status');
    const alert = screen.getByRole('alert');
    expect(status.textContent).toBe('');
    expect(alert.textContent).toBe('');
    rerender(<FormMessage id="m" feedback={{ error: true, text: 'That site is already in your list.' }} />);
    expect(screen.getByRole('alert')).toBe(alert);
    expect(alert.textContent).toBe('That site is already in your list.');
    expect(status.textContent).toBe('');
    rerender(<FormMessage id="m" feedback={{ error: false, text: 'Added example.org.' }} />);
    expect(screen.getByRole('status')).toBe(status);
    expect(status.textContent).toBe('Added example.org.');
    expect(alert.textContent).toBe('');
  });
});

describe('a lazy part whose code does not load', () => {
  it('is said in words by its boundary, and Try again loads it afresh', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let attempts = 0;
    const Tool = lazy(async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return () => <p>The tool</p>;
    });
    render(
      <ErrorBoundary>
        <Tool />
      </ErrorBoundary>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This part of Tend could not be shown.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('The tool')).toBeTruthy();
    expect(attempts).toBe(2);
  });
});
