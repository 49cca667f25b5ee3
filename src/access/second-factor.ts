import type { Actor } from './actor.js';

/**
 * Asks the actor for the second factor again before a decision marked `@StepUp`: the access guard
 * calls it, the sign-in module (which holds the accounts' factors and their lockouts) provides it.
 */
export abstract class SecondFactorCheck {
  /** Resolves when `code` is the actor's valid second factor; throws the problem to answer otherwise. */
  abstract stepUp(actor: Actor, code: string | undefined, action: string): Promise<void>;
}
