// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CheckInTimes } from '@/components/tools/safe-call/CheckInTimes';

vi.mock('@/lib/safe-call/local-time', async (original) => ({
  ...(await original<typeof import('@/lib/safe-call/local-time')>()),
  localZone: () => 'Europe/London',
}));

afterEach(cleanup);

describe('the check-in times', () => {
  it('say when a time falls in the hour the clocks skip, and when it will happen instead', () => {
    render(<CheckInTimes id="t" times={['2026-03-29T01:30', '2026-03-29T03:00']} onChange={() => undefined} />);
    const skipped = screen.getByLabelText('Check-in 1');
    expect(skipped.getAttribute('aria-describedby')).toBe('t-0-skipped');
    expect(document.getElementById('t-0-skipped')?.textContent).toBe(
      'The clocks go forward at that time, so this falls at 02:30.',
    );
    expect(screen.getByLabelText('Check-in 2').getAttribute('aria-describedby')).toBeNull();
    expect(screen.getAllByText(/clocks go forward/)).toHaveLength(1);
  });

  it('add and remove check-ins', () => {
    const onChange = vi.fn();
    render(<CheckInTimes id="t" times={['2026-12-01T21:00', '2026-12-01T23:00']} onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove check-in 1' }));
    expect(onChange).toHaveBeenLastCalledWith(['2026-12-01T23:00']);
    fireEvent.click(screen.getByRole('button', { name: 'Add a check-in' }));
    expect(onChange).toHaveBeenLastCalledWith(['2026-12-01T21:00', '2026-12-01T23:00', '']);
  });
});
