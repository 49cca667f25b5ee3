import type { PersonFields } from '../children/entities/child-verification.entity.js';

/** One record asked about: our fields, and a reference the answer repeats. */
export interface PersonQuery extends PersonFields {
  ref: string;
}

/** The database's answer for one reference: its person, or null when it holds none such. */
export interface PersonReply {
  ref: string;
  person: PersonFields | null;
}

/**
 * The national population database, however a deployment reaches it (the online data-sharing
 * service here; the file exchange goes through the commune police by hand). Answers in any order;
 * a reference without an answer was not answered.
 */
export interface PopulationGateway {
  lookup(queries: PersonQuery[]): Promise<PersonReply[]>;
}

export const POPULATION_GATEWAY = Symbol('POPULATION_GATEWAY');

/** The service cannot be reached now (down, slow, the circuit open): try again at `retryAt`. */
export class PopulationUnavailable extends Error {
  constructor(
    message: string,
    readonly retryAt: Date,
  ) {
    super(message);
  }
}

/** The day's allowance of lookups is spent (ours, or the service says so). */
export class PopulationQuotaSpent extends Error {}

/** The service refuses us (credentials, certificate, a request it cannot read): a person must act. */
export class PopulationRefused extends Error {}
