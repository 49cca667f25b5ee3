import type { Schemas } from '../../api/client';
import type { MessageKey } from '../../i18n/vi';
import type { ChildValues } from './ChildForm';

/** A kind of problem of the cleaning campaign (làm sạch dữ liệu), as the API names it. */
export type DataProblem = Schemas['DataProblem'];

/** Every kind, in the API's order: a kind the API adds and this list lacks fails the typecheck. */
export const PROBLEM_LABEL: Record<DataProblem, MessageKey> = {
  missingPersonalId: 'problem.missingPersonalId',
  malformedPersonalId: 'problem.malformedPersonalId',
  unknownSex: 'problem.unknownSex',
  estimatedDateOfBirth: 'problem.estimatedDateOfBirth',
  missingEthnicity: 'problem.missingEthnicity',
  missingParentOrGuardian: 'problem.missingParentOrGuardian',
  specialCircumstancesPast16: 'problem.specialCircumstancesPast16',
  pre2025CommuneCode: 'problem.pre2025CommuneCode',
};

export const PROBLEMS = Object.keys(PROBLEM_LABEL) as DataProblem[];

export function isProblem(value: string | null): value is DataProblem {
  return value !== null && value in PROBLEM_LABEL;
}

/** The field of the edit form where each problem is fixed: the worklist opens the form there. */
export const PROBLEM_FIELD: Record<DataProblem, keyof ChildValues> = {
  missingPersonalId: 'personalId',
  malformedPersonalId: 'personalId',
  unknownSex: 'sex',
  // The date is estimated while its precision says so: the precision is what changes.
  estimatedDateOfBirth: 'dobPrecision',
  missingEthnicity: 'ethnicityCode',
  missingParentOrGuardian: 'caregivers',
  specialCircumstancesPast16: 'specialCircumstances',
  pre2025CommuneCode: 'communeCode',
};
