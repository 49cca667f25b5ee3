import type { Translate } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';

export const SEX_LABEL: Record<string, MessageKey> = {
  male: 'sex.male',
  female: 'sex.female',
  unknown: 'sex.unknown',
};

/** Where a record stands against the national population database. */
export const VERIFICATION_LABEL: Record<string, MessageKey> = {
  unchecked: 'verification.status.unchecked',
  verified: 'verification.status.verified',
  mismatch: 'verification.status.mismatch',
  not_found: 'verification.status.not_found',
  disputed: 'verification.status.disputed',
};

export const DOB_PRECISION_LABEL: Record<string, MessageKey | undefined> = {
  exact: undefined,
  year: 'dob.year',
  estimated: 'dob.estimated',
};

/** The record's field names as the forms label them (the history names fields as the API does). */
const FIELD_LABEL: Record<string, MessageKey> = {
  fullName: 'child.fullName',
  dateOfBirth: 'child.dateOfBirth',
  dobPrecision: 'child.dobPrecision',
  sex: 'child.sex',
  ethnicityCode: 'child.ethnicity',
  personalId: 'child.personalId',
  provinceCode: 'child.province',
  communeCode: 'child.commune',
  village: 'child.village',
  address: 'child.address',
  caregivers: 'child.caregivers',
  specialCircumstances: 'child.circumstances',
  riskFactors: 'child.risks',
  schoolStatus: 'child.schoolStatus',
  disability: 'child.disability',
  notes: 'child.notes',
  mergedInto: 'history.mergedIntoField',
  mergedRecord: 'history.mergedRecordField',
};

export function fieldLabel(field: string, t: Translate): string {
  const key = FIELD_LABEL[field];
  return key ? t(key) : field;
}

/** The history's actions (`created`, `updated`, …) in the user's words. */
const ACTION_LABEL: Record<string, MessageKey> = {
  created: 'history.created',
  updated: 'history.updated',
  imported: 'history.imported',
  import_updated: 'history.importUpdated',
  injury_registered: 'history.injuryRegistered',
  merged: 'history.merged',
  merged_into: 'history.mergedInto',
  merge_undone: 'history.mergeUndone',
  verification_accepted: 'history.verificationAccepted',
  verification_disputed: 'history.verificationDisputed',
  moved: 'history.moved',
};

export function historyAction(action: string, t: Translate): string {
  const key = ACTION_LABEL[action];
  return key ? t(key) : action;
}
