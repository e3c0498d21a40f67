// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComparePrivately } from '@/components/tools/boundaries/ComparePrivately';
import { openExchange, pasteCode, startExchange } from '@/lib/psi/exchange';
import { records } from '@/lib/storage/stored-schema';

vi.mock('@/lib/psi/exchange', async (original) => ({
  ...(await original<typeof import('@/lib/psi/exchange')>()),
  openExchange: vi.fn(async () => undefined),
  startExchange: vi.fn(),
  pasteCode: vi.fn(),
  cancelExchange: vi.fn(),
}));

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

/** A promise and the function that settles it, for a step that is still running. */
function pending<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    settle = done;
  });
  return { promise, settle };
}

const view = () => {
  const { container } = render(<ComparePrivately list={records.boundaries.fallback} onOldShare={vi.fn()} />);
  return container.querySelector('.compare-privately') as HTMLElement;
};

describe('Compare in private, the view', () => {
  it('says "Working…" and is busy while a step runs; a second press meanwhile does nothing; focus goes to the new code', async () => {
    const step = pending<Awaited<ReturnType<typeof startExchange>>>();
    vi.mocked(startExchange).mockReturnValueOnce(step.promise);
    const area = view();
    await waitFor(() => expect(openExchange).toHaveBeenCalled());
    expect(area.getAttribute('aria-busy')).toBe('false');

    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await waitFor(() => expect(area.getAttribute('aria-busy')).toBe('true'));
    expect(screen.getByRole('status').textContent).toBe('Working…');
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(startExchange).toHaveBeenCalledTimes(1);

    step.settle({ ok: true, code: 'AQEBfirst', entries: 3 });
    const code = await screen.findByRole('textbox', { name: 'Your first code' });
    expect((code as HTMLTextAreaElement).value).toBe('AQEBfirst');
    await waitFor(() => expect(document.activeElement).toBe(code));
    expect(area.getAttribute('aria-busy')).toBe('false');
    expect(screen.getByRole('button', { name: 'Cancel comparison' })).toBeTruthy();
  });

  it('a refused code is said in the alert and changes nothing on screen', async () => {
    vi.mocked(startExchange).mockResolvedValueOnce({ ok: true, code: 'AQEBfirst', entries: 3 });
    vi.mocked(pasteCode).mockResolvedValueOnce({ ok: false, error: 'This code is cut short.' });
    view();
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('textbox', { name: 'Your first code' });

    const box = screen.getByRole('textbox', { name: 'Paste your partner’s code' }) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'AQIBcut' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this code' }));
    await waitFor(() => {
      const alert = screen.getAllByRole('alert').find((line) => line.textContent);
      expect(alert?.textContent).toBe('This code is cut short.');
    });
    expect(pasteCode).toHaveBeenCalledWith(records.boundaries.fallback, 'AQIBcut');
    expect(box.value).toBe('AQIBcut');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('textbox', { name: 'Your first code' }) as HTMLTextAreaElement).value).toBe('AQEBfirst');
    expect(screen.queryByRole('heading', { name: 'What you both marked Yes or Maybe' })).toBeNull();
  });
});
