import { getMetadataStorage, IsInt, IsString, MinLength, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './validation-metadata.js';

class Person {
  @IsString()
  name!: unknown;
}

class Child extends Person {
  @IsInt()
  age!: unknown;

  @MinLength(3, { groups: ['strict'] })
  nickname!: unknown;
}

/** The properties that fail, for each way of validating. */
function failures(): Record<string, string[]> {
  const child = Object.assign(new Child(), { name: 7, age: 'x', nickname: 'a' });
  const properties = (groups?: string[]) =>
    validateSync(child, groups ? { groups } : {})
      .map((e) => e.property)
      .sort();
  return { plain: properties(), strict: properties(['strict']), other: properties(['other']) };
}

describe('cached validation metadata', () => {
  it('finds the same rules, inherited ones and those of groups, as class-validator itself', () => {
    const shipped = failures();
    // The inherited rule counts, and the groups asked for change which rules apply.
    expect(shipped.plain).toEqual(['age', 'name', 'nickname']);
    expect(shipped.strict).toEqual(['nickname']);
    expect(shipped.other).not.toEqual(shipped.strict);
    cacheValidationMetadata();
    cacheValidationMetadata(); // idempotent
    expect(failures()).toEqual(shipped);
    expect(failures()).toEqual(shipped); // from the cache
    // Remembered: the same answer, not a new search, for the same class and options.
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Child, '', false, false);
    expect(storage.getTargetValidationMetadatas(Child, '', false, false)).toBe(first);
    expect(storage.getTargetValidationMetadatas(Child, '', false, false, ['strict'])).not.toBe(
      first,
    );
  });
});
