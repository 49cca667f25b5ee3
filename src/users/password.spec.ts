import { hashPassword, passwordProblem, verifyPassword } from './password.js';

describe('password policy and hashing', () => {
  it.each([
    ['short', 'someone', 'too-short'],
    ['x'.repeat(129), 'someone', 'too-long'],
    ['qwertyuiop', 'someone', 'common'],
    ['Password123!', 'someone', 'common'],
    ['anhyeuem2024', 'someone', 'common'],
    ['someone-is-here-1', 'someone', 'contains-username'],
    ['mặt trời mọc ở đằng đông', 'someone', null],
  ])('%s for %s → %s', (password, username, problem) => {
    expect(passwordProblem(password, username)).toBe(problem);
  });

  it('hashes with Argon2id and verifies', async () => {
    const hash = await hashPassword('mặt trời mọc ở đằng đông');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await expect(verifyPassword(hash, 'mặt trời mọc ở đằng đông')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'mat troi moc o dang dong')).resolves.toBe(false);
    await expect(verifyPassword('not a hash', 'x')).resolves.toBe(false);
  });
});
