import fc from 'fast-check';
import {
  checkExtension,
  decisionEndsAt,
  ISOLATION_MAX_DAYS,
  isolationDays,
  IsolationRuleBroken,
} from './isolation.js';

const DAY = 86_400_000;
const start = new Date('2026-11-24T13:00:00Z'); // 20:00 in Vietnam

function broken(run: () => unknown): IsolationRuleBroken | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof IsolationRuleBroken) return error;
    throw error;
  }
  return undefined;
}

describe('temporary isolation (Decree 56/2017 art. 32)', () => {
  it('ends a decision the days it states after its start, 15 at most', () => {
    expect(ISOLATION_MAX_DAYS).toBe(15);
    expect(decisionEndsAt(start, 1)).toEqual(new Date(start.getTime() + DAY));
    expect(decisionEndsAt(start, 15)).toEqual(new Date('2026-12-09T13:00:00Z'));
    const refused = broken(() => decisionEndsAt(start, 16));
    expect(refused).toMatchObject({ rule: 'isolation-over-15-days', days: 16 });
  });

  it('counts the days begun from the start to the end', () => {
    expect(isolationDays(start, new Date(start.getTime() + 15 * DAY))).toBe(15);
    expect(isolationDays(start, new Date(start.getTime() + 15 * DAY + 60_000))).toBe(16);
    expect(isolationDays(start, new Date(start.getTime() + 3 * DAY - 1))).toBe(3);
  });

  it('extends within 15 days in all without an authority, and past them only with one', () => {
    const within = new Date(start.getTime() + 15 * DAY);
    expect(checkExtension(start, { until: within })).toEqual({ days: 15, pastCap: false });
    const past = new Date(start.getTime() + 20 * DAY);
    expect(broken(() => checkExtension(start, { until: past }))).toMatchObject({
      rule: 'isolation-extension-authority',
      days: 20,
      missing: ['legalGround', 'requestingAuthority'],
    });
    expect(
      broken(() =>
        checkExtension(start, { until: past, legalGround: '  ', requestingAuthority: 'Công an' }),
      )?.missing,
    ).toEqual(['legalGround']);
    expect(
      checkExtension(start, {
        until: past,
        legalGround: 'Công văn số 123/CAP-ĐTTH',
        requestingAuthority: 'Công an phường Ba Đình',
      }),
    ).toEqual({ days: 20, pastCap: true });
  });

  it('never lets an extension pass 15 days in all without both the ground and the authority', () => {
    const text = fc.option(fc.constantFrom('', ' ', 'Công an phường'), { nil: undefined });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 * 24 }), text, text, (hours, ground, authority) => {
        const until = new Date(start.getTime() + hours * 3_600_000);
        const error = broken(() =>
          checkExtension(start, { until, legalGround: ground, requestingAuthority: authority }),
        );
        const past = hours > ISOLATION_MAX_DAYS * 24;
        const complete = Boolean(ground?.trim() && authority?.trim());
        expect(error !== undefined).toBe(past && !complete);
      }),
    );
  });
});
