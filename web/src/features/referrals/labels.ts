import type { MessageKey } from '../../i18n/vi';
import type { Referral } from './queue';

export const STATUS_LABEL: Record<Referral['status'], MessageKey> = {
  pending: 'inbox.status.pending',
  acknowledged: 'inbox.status.acknowledged',
  accepted: 'inbox.status.accepted',
  declined: 'inbox.status.declined',
  completed: 'inbox.status.completed',
  cancelled: 'inbox.status.cancelled',
};

export const URGENCY_LABEL: Record<Referral['urgency'], MessageKey> = {
  emergency: 'inbox.urgency.emergency',
  urgent: 'inbox.urgency.urgent',
  routine: 'inbox.urgency.routine',
};

export const URGENCY_COLOR: Record<Referral['urgency'], string | undefined> = {
  emergency: 'red',
  urgent: 'magenta',
  routine: undefined,
};

export const STEP_LABEL: Record<'acknowledge' | 'accept' | 'complete', MessageKey> = {
  acknowledge: 'inbox.due.acknowledge',
  accept: 'inbox.due.accept',
  complete: 'inbox.due.complete',
};

/** The fields a sender may share, named for the receiving side. */
export const SHARED_FIELD_LABEL: Record<string, MessageKey> = {
  dateOfBirth: 'inbox.field.dateOfBirth',
  personalId: 'inbox.field.personalId',
  ethnicity: 'inbox.field.ethnicity',
  address: 'inbox.field.address',
  caregivers: 'inbox.field.caregivers',
  schooling: 'inbox.field.schooling',
  disability: 'inbox.field.disability',
  specialCircumstances: 'inbox.field.specialCircumstances',
  riskFactors: 'inbox.field.riskFactors',
  concerns: 'inbox.field.concerns',
  immediateDanger: 'inbox.field.immediateDanger',
  protectionLevel: 'inbox.field.protectionLevel',
  reportSummary: 'inbox.field.reportSummary',
  location: 'inbox.field.location',
};
