import { getMetadataStorage } from 'class-validator';

type Lookup = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];

let cached = false;

/**
 * Remembers class-validator's answer to "which rules apply to this class" per class and options.
 *
 * class-validator 0.15 answers it again on every validation of every object, nested ones
 * included, testing the class against every class that has rules (to find inherited ones):
 * about a quarter of an import's CPU time, tens of microseconds per row (typestack/class-validator
 * issue 2686, open). The answer cannot change once the class is defined: its rules and its
 * parents' are registered by their decorators when the classes are defined, before any of its
 * objects can be validated. Idempotent: every process calls it as its application is assembled.
 */
export function cacheValidationMetadata(): void {
  if (cached) return;
  cached = true;
  const storage = getMetadataStorage();
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const answers = new WeakMap<object, Map<string, ReturnType<Lookup>>>();
  storage.getTargetValidationMetadatas = (...args: Parameters<Lookup>) => {
    const [target, ...options] = args;
    const key = JSON.stringify(options);
    let byOptions = answers.get(target);
    if (!byOptions) answers.set(target, (byOptions = new Map<string, ReturnType<Lookup>>()));
    let answer = byOptions.get(key);
    if (!answer) byOptions.set(key, (answer = lookup(...args)));
    return answer;
  };
}
