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

export const CHANGE_KINDS = ['birth', 'moved_in', 'moved_out'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * A child whose residence in a commune began or ended in the population database: a birth
 * registered there, a move in, a move out. `otherCommuneCode`: where the child came from or went
 * (a commune code as the database writes it), null when abroad or not known.
 */
export interface ResidentChange {
  kind: ChangeKind;
  /** The day of the change, YYYY-MM-DD. */
  date: string;
  person: PersonFields & { personalId: string };
  otherCommuneCode: string | null;
}

/**
 * The national population database, however a deployment reaches it (the online data-sharing
 * service here; the file exchange goes through the commune police by hand). Answers in any order;
 * a reference without an answer was not answered.
 */
export interface PopulationGateway {
  lookup(queries: PersonQuery[]): Promise<PersonReply[]>;
  /** The commune's children whose residence changed between two days (YYYY-MM-DD, inclusive). */
  changes(communeCode: string, from: string, to: string): Promise<ResidentChange[]>;
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
