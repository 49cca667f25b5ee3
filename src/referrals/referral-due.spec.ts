import { workingCalendar } from '../calendar/working-days.js';
import { AppConfig } from '../config/app-config.js';
import { after, parseDue } from './referral-due.js';

const calendar = workingCalendar([
  // Tết 2026: Monday 16/2 to Friday 20/2 off.
  ...['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((day) => ({
    day,
    kind: 'day_off' as const,
  })),
]);

describe('referral due dates', () => {
  it('reads the defaults of the issue', () => {
    const config = new AppConfig();
    expect(parseDue(config.REFERRAL_DUE_URGENT).acknowledge).toEqual({ amount: 24, unit: 'h' });
    expect(parseDue(config.REFERRAL_DUE_ROUTINE).acknowledge).toEqual({ amount: 3, unit: 'wd' });
    expect(parseDue(config.REFERRAL_DUE_EMERGENCY)).toEqual({
      acknowledge: { amount: 1, unit: 'h' },
      accept: { amount: 2, unit: 'h' },
      complete: { amount: 12, unit: 'h' },
    });
    expect(() => parseDue('0h/1h/1h')).toThrow('Invalid referral due period');
  });

  it('counts hours and days on the clock, working days on the calendar', () => {
    const sent = new Date('2026-02-12T09:30:00Z'); // Thursday 16:30 in Vietnam
    expect(after(sent, { amount: 1, unit: 'h' }, calendar).toISOString()).toBe(
      '2026-02-12T10:30:00.000Z',
    );
    expect(after(sent, { amount: 7, unit: 'd' }, calendar).toISOString()).toBe(
      '2026-02-19T09:30:00.000Z',
    );
    // 3 working days after Thursday 12/2: Friday 13, then Tết, Monday 23, Tuesday 24 (23:59).
    expect(after(sent, { amount: 3, unit: 'wd' }, calendar).toISOString()).toBe(
      '2026-02-24T16:59:00.000Z',
    );
  });
});
