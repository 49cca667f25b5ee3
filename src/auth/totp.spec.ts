import { matchTotp, newRecoveryCodes, recoveryCodeHash, totpCode } from './totp.js';

describe('TOTP (RFC 6238) and recovery codes', () => {
  // RFC 6238 appendix B, SHA-1 secret "12345678901234567890" in base32.
  const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

  it('produces the RFC 6238 test vectors (last 6 digits)', () => {
    expect(totpCode(rfcSecret, 59_000)).toBe('287082');
    expect(totpCode(rfcSecret, 1_111_111_109_000)).toBe('081804');
    expect(totpCode(rfcSecret, 2_000_000_000_000)).toBe('279037');
  });

  it('accepts the previous, current and next step, and says which step matched', () => {
    const now = 1_111_111_109_000;
    const step = Math.floor(now / 30_000);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, now), now)).toBe(step);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, now + 30_000), now)).toBe(step + 1);
    expect(matchTotp(rfcSecret, totpCode(rfcSecret, now + 90_000), now)).toBeNull();
    expect(matchTotp(rfcSecret, 'abcdef', now)).toBeNull();
  });

  it('makes ten distinct recovery codes, matched whatever the case or dash', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(recoveryCodeHash(codes[0].toUpperCase().replace('-', ''))).toBe(
      recoveryCodeHash(codes[0]),
    );
  });
});
