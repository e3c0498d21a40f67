// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ComparePrivately } from '@/components/tools/boundaries/ComparePrivately';
import { cancelExchange, openExchange, pasteCode, startExchange } from '@/lib/psi/exchange';
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

const view = (list = records.boundaries.fallback, onSave = vi.fn(async () => undefined)) => {
  const { container } = render(<ComparePrivately list={list} onOldShare={vi.fn()} onSave={onSave} />);
  return container.querySelector('.compare-privately') as HTMLElement;
};

/** The words an element is described by, in order, as a screen reader reads them after its name. */
const descriptionsOf = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent);

const safeWordYes = { ...records.boundaries.fallback, ratings: { 'safe-word': 'yes' as const } };
/** The starter's step after a reply: both said Yes to the safe word; `odd` as the reply was. */
const finished = (odd: boolean): Awaited<ReturnType<typeof pasteCode>> => ({
  ok: true,
  step: 'finished',
  odd,
  partnerEntries: 2,
  code: 'AQMBlast',
  matches: [
    {
      entry: { kind: 'open', key: 'safe-word', source: 'item', side: 'none', mine: { id: 'safe-word' } },
      mineYes: true,
      bothYes: true,
    },
  ],
});

async function finishWith(odd: boolean, onSave = vi.fn(async () => undefined)) {
  vi.mocked(pasteCode).mockResolvedValueOnce(finished(odd));
  view(safeWordYes, onSave);
  await waitFor(() => expect(openExchange).toHaveBeenCalled());
  fireEvent.input(screen.getByRole('textbox', { name: 'Paste your partner’s code' }), {
    target: { value: 'AQIBreply' },
  });
  fireEvent.click(screen.getByRole('button', { name: 'Use this code' }));
  await screen.findByRole('heading', { name: 'What you both marked Yes or Maybe' });
}

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

  it('after an odd reply, holds the last code back until the person asks for it, and keeps the warning', async () => {
    await finishWith(true);
    expect(screen.getByText(/Something is odd about your partner’s reply/)).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Your last code' })).toBeNull();
    const show = screen.getByRole('button', { name: 'Show my last code anyway' });
    expect(show.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(show.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(
      /^Tend has held back your last code/,
    );
    expect(screen.getByRole('button', { name: 'Don’t send it: forget this comparison' })).toBeTruthy();
    fireEvent.click(show);
    const code = await screen.findByRole('textbox', { name: 'Your last code' });
    expect((code as HTMLTextAreaElement).value).toBe('AQMBlast');
    await waitFor(() => expect(document.activeElement).toBe(code));
    expect(screen.getByText(/Something is odd about your partner’s reply/)).toBeTruthy();
  });

  it('reopened after answering a code that could hold everything: the count and the warning are back, and read with the code', async () => {
    vi.mocked(openExchange).mockResolvedValueOnce({
      step: 'await-last',
      id: '0101010101010101',
      entries: [],
      matchKeys: Array.from({ length: 400 }, (_, index) => index.toString(16).padStart(16, '0')),
      code: 'AQIBreply',
    });
    view(safeWordYes);
    const code = await screen.findByRole('textbox', { name: 'Your reply code' });
    expect(descriptionsOf(code)).toEqual([
      'Your partner’s code holds 400 entries (each Maybe is one entry, each Yes is two).',
      expect.stringMatching(/^Your partner’s code holds enough entries to cover the whole list/),
      expect.stringMatching(/^Send it to your partner/),
    ]);
  });

  it('after an ordinary reply, shows the last code at once, and offers to forget rather than cancel', async () => {
    await finishWith(false);
    expect(screen.queryByText(/Something is odd/)).toBeNull();
    expect((screen.getByRole('textbox', { name: 'Your last code' }) as HTMLTextAreaElement).value).toBe('AQMBlast');
    expect(screen.queryByRole('button', { name: 'Cancel comparison' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Forget this comparison' })).toBeTruthy();
  });

  it('shows each item with both answers, and Save hands the result over to be kept', async () => {
    const onSave = vi.fn(async () => undefined);
    await finishWith(false, onSave);
    const result = screen.getByRole('region', { name: 'What you both marked Yes or Maybe' });
    expect(within(result).getByRole('listitem').textContent).toContain('You: Yes · Your partner: Yes');
    fireEvent.click(screen.getByRole('button', { name: 'Save this result' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith([
      { text: 'Agreeing a safe word before we start', group: expect.any(String), mine: 'yes', theirs: 'yes' },
    ]);
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'What you both marked Yes or Maybe' })).toBeNull(),
    );
    expect(screen.getAllByRole('status').some((line) => line.textContent?.startsWith('Result saved'))).toBe(true);
  });

  it('Cancel works while a step computes, and what that step returns is not shown', async () => {
    vi.mocked(openExchange).mockResolvedValueOnce({
      step: 'await-reply',
      id: '0101010101010101',
      secret: '01'.repeat(32),
      entries: [],
      code: 'AQEBfirst',
    });
    const step = pending<Awaited<ReturnType<typeof pasteCode>>>();
    vi.mocked(pasteCode).mockReturnValueOnce(step.promise);
    view(safeWordYes);
    await screen.findByRole('textbox', { name: 'Your first code' });
    fireEvent.input(screen.getByRole('textbox', { name: 'Paste your partner’s code' }), { target: { value: 'AQIB' } });
    fireEvent.click(screen.getByRole('button', { name: 'Use this code' }));
    await waitFor(() =>
      expect(screen.getAllByRole('status').some((line) => line.textContent === 'Working…')).toBe(true),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Cancel comparison' }));
    await waitFor(() => expect(cancelExchange).toHaveBeenCalledTimes(1));
    step.settle(finished(false));
    const said = 'Comparison cancelled. Its codes no longer work here.';
    const status = () =>
      screen
        .getAllByRole('status')
        .map((line) => line.textContent)
        .filter(Boolean);
    await waitFor(() => expect(status()).toEqual([said]));
    await step.promise;
    await waitFor(() => expect(status()).toEqual([said]));
    expect(screen.queryByRole('heading', { name: 'What you both marked Yes or Maybe' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Your last code' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Your first code' })).toBeNull();
  });

  it('reopened after an odd reply: the warning is with the held-back code, and stays when it is shown', async () => {
    vi.mocked(openExchange).mockResolvedValueOnce({
      step: 'sent-last',
      id: '0101010101010101',
      code: 'AQMBlast',
      partnerEntries: 2,
      odd: true,
    });
    view(safeWordYes);
    fireEvent.click(await screen.findByRole('button', { name: 'Show my last code anyway' }));
    const code = await screen.findByRole('textbox', { name: 'Your last code' });
    expect(descriptionsOf(code)).toEqual([
      'Your partner’s code holds 2 entries (each Maybe is one entry, each Yes is two).',
      expect.stringMatching(/^Something is odd about your partner’s reply/),
      'Send it only if you are happy for your partner to see the result. Without it they see nothing.',
    ]);
  });

  it('a comparison ended elsewhere (Tend locked) leaves the screen and says so; the pasted text goes too', async () => {
    vi.mocked(startExchange).mockResolvedValueOnce({ ok: true, code: 'AQEBfirst', entries: 3 });
    view(safeWordYes);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    await screen.findByRole('textbox', { name: 'Your first code' });
    const box = screen.getByRole('textbox', { name: 'Paste your partner’s code' }) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'AQIBreply' } });

    await fakeBrowser.storage.session.set({ lockGeneration: 'locked-elsewhere' });
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Your first code' })).toBeNull());
    expect(box.value).toBe('');
    expect(screen.queryByRole('button', { name: 'Cancel comparison' })).toBeNull();
    const said = screen
      .getAllByRole('status')
      .map((line) => line.textContent)
      .filter(Boolean);
    expect(said).toEqual([
      'The comparison ended: Tend locked, or it was cancelled in another window. Its codes no longer work here.',
    ]);
  });
});
