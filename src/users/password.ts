import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** Common Vietnamese choices the English-centred list lacks. */
const VIETNAMESE_COMMON = [
  'matkhau',
  'matkhaumoi',
  'anhyeuem',
  'emyeuanh',
  'yeuem',
  'yeuanh',
  'vietnam',
  'vietnamvodich',
  'hanoi',
  'saigon',
  'tphcm',
  'baovetreem',
  'treem',
  'quantri',
  'admin',
];

const COMMON = new Set(
  [...dictionary['passwords-common'], ...VIETNAMESE_COMMON].map((p) => p.toLowerCase()),
);

export type PasswordProblem = 'too-short' | 'too-long' | 'common' | 'contains-username';

/**
 * The password policy: long enough, not a common password (with or without trailing digits and
 * symbols, "matkhau2024!"), and not built on the username. NIST SP 800-63B style: no composition
 * rules, no forced rotation.
 */
export function passwordProblem(password: string, username: string): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'too-short';
  if ([...password].length > PASSWORD_MAX_LENGTH) return 'too-long';
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  if (COMMON.has(lower) || COMMON.has(stem)) return 'common';
  if (username.length >= 3 && lower.includes(username.toLowerCase())) return 'contains-username';
  return null;
}

/**
 * Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane), as a PHC string. The
 * implementation is WebAssembly (hash-wasm): no native build, the same on every platform; a hash
 * takes about 70 ms of one core.
 */
export function hashPassword(password: string): Promise<string> {
  return argon2id({
    password,
    salt: randomBytes(16),
    parallelism: 1,
    iterations: 2,
    memorySize: 19_456,
    hashLength: 32,
    outputType: 'encoded',
  });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2Verify({ password, hash });
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Checked against when the username does not exist, so both failures take the same time. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-0000');
  return dummyHash;
}
