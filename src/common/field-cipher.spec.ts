import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config.js';
import { FieldCipher } from './field-cipher.js';

const config = (...keys: string[]) => ({ ENCRYPTION_KEYS: keys }) as AppConfig;
const key = () => randomBytes(32).toString('base64');

describe('FieldCipher', () => {
  it('seals each value with an IV of its own, and opens what it sealed', () => {
    const cipher = new FieldCipher(config(`k1:${key()}`));
    const sealed = Array.from({ length: 1_000 }, () => cipher.encrypt('Nguyễn Thị Mơ'));
    const ivs = sealed.map((s) => s.split('.')[2]);
    expect(new Set(ivs).size).toBe(1_000);
    expect(ivs.every((iv) => Buffer.from(iv, 'base64url').length === 12)).toBe(true);
    expect(new Set(sealed.map((s) => cipher.decrypt(s)))).toEqual(new Set(['Nguyễn Thị Mơ']));
  });

  it('seals with the first key and opens with any configured one', () => {
    const [old, current] = [`k1:${key()}`, `k2:${key()}`];
    const sealedBefore = new FieldCipher(config(old)).encrypt('số 5 ngõ 2 phố Kim Mã');
    const rotated = new FieldCipher(config(current, old));
    expect(rotated.decrypt(sealedBefore)).toBe('số 5 ngõ 2 phố Kim Mã');
    expect(rotated.encrypt('x').split('.')[1]).toBe('k2');
    expect(() => new FieldCipher(config(current)).decrypt(sealedBefore)).toThrow(/unknown key k1/);
  });
});
