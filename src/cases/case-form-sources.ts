/**
 * What the statutory forms of Decree 56/2017 (Mẫu số 01-06) are filled from: the forms, the step
 * whose record fills each, the case's records as the builders read them, and the refusal of a form
 * whose step has not been taken.
 */
import type { ClosureCriterion } from './case-workflow.js';
import type { PlanActionContent } from './plan-actions.js';

export const CASE_FORMS = ['mau-01', 'mau-02', 'mau-03', 'mau-04', 'mau-05', 'mau-06'] as const;
export type CaseForm = (typeof CASE_FORMS)[number];

/** The step whose record fills each form (Mẫu 05 is the decision on the latest plan). */
export const FORM_STEP: Record<CaseForm, string> = {
  'mau-01': 'intake',
  'mau-02': 'initial-assessment',
  'mau-03': 'assessment',
  'mau-04': 'plan',
  'mau-05': 'plan',
  'mau-06': 'reviews',
};

export type Rating = 'high' | 'medium' | 'low';
export type Ratings = Record<
  'harm' | 'abuserAccess' | 'careEnvironment' | 'selfProtection',
  Rating
>;

/** A step as recorded: when, by whom, and the form as it was submitted. */
export interface RecordedStep<C> {
  at: Date;
  actorName: string | null;
  content: C;
}

export interface FormChild {
  id: string;
  fullName: string;
  dateOfBirth: string;
  dobPrecision: 'exact' | 'year' | 'estimated';
  sex: 'male' | 'female' | 'unknown';
  address: string | null;
}

/** A parent or guardian as the report names them (Mẫu 01, A.2). */
export interface FormParent {
  fullName?: string;
  age?: number;
  birthYear?: number;
  occupation?: string;
}

export interface FormSources {
  code: string;
  /** "Phường Ba Đình". */
  communeName: string;
  /**
   * The receiving point that recorded the report, when it is not the commune committee
   * ("Công an phường Ngọc Hà", "Tổng đài 111"): Mẫu 01's issuer (tên cơ quan tiếp nhận).
   */
  receivingPoint?: string;
  level: string | null;
  /** The child this copy of the form is for: one of the case's children. */
  child: FormChild;
  /** Names of the reported forms of abuse. */
  concerns: string[];
  serviceTypes: ReadonlyMap<string, string>;
  /** Names of the organisations the plan's actions name by id. */
  organizations: ReadonlyMap<string, string>;
  intake: RecordedStep<{
    source: string;
    channel?: string;
    receivedAt: string;
    summary: string;
    location?: { address?: string } | null;
    reporter?: {
      fullName?: string;
      phone?: string;
      address?: string;
      relation?: string;
      anonymous?: boolean;
    } | null;
    /** Asked since Mẫu 01 was laid out field by field; absent in reports taken before. */
    childCondition?: string;
    likelyHarm?: string;
    father?: FormParent;
    mother?: FormParent;
    guardian?: FormParent;
    familySituation?: string;
    caregiver?: string;
    actionsTaken?: string;
  }>;
  initialAssessment?: RecordedStep<{
    ratings: Ratings;
    immediateDanger: boolean;
    level: string;
    /** Recorded since the level's rules: abuse confirmed, and why a level changed. */
    abuseConfirmed?: boolean;
    emergencyMeasures?: string[];
    notes?: string;
  }>;
  assessment?: RecordedStep<{
    childSituation: string;
    familySituation: string;
    needs: string[];
    conference?: {
      heldAt: string;
      place?: string;
      /** Names alone in assessments recorded before the minutes named organisations and roles. */
      participants: (string | { fullName: string; organization?: string; role: string })[];
      minutes?: string;
      agreed?: string[];
    };
    childViews?: { childId: string; heard: boolean; views?: string; reason?: string }[];
    level?: string;
    levelReason?: string;
    abuseConfirmed?: boolean;
  }>;
  plan?: RecordedStep<{
    goals: string[];
    actions: PlanActionContent[];
    reviewAt: string;
    childConsents?: { childId: string; agrees: boolean; views?: string }[];
    /** Recorded by plans since the parent's or guardian's say was asked for. */
    representativeConsents?: {
      childId: string;
      asked: boolean;
      fullName?: string;
      relationship?: string;
      agrees?: boolean;
      views?: string;
      reason?: string;
    }[];
  }>;
  /** The approval of that plan, if it was approved (approvals before Mẫu 05 was laid out field by
   * field have no decision number). */
  approval?: RecordedStep<{ reason?: string; decisionNumber?: string; legalBases?: string[] }>;
  review?: RecordedStep<{
    ratings: Ratings;
    /** Recorded by reviews since the closure criteria were asked for. */
    criteria?: Record<ClosureCriterion, boolean>;
    outcome: string;
    notes: string;
    level?: string;
    levelReason?: string;
  }>;
  /** When the form is printed. */
  now: Date;
}

/** The form's step has not been taken yet. */
export class FormNotReady extends Error {
  constructor(
    readonly form: CaseForm,
    readonly step: string,
  ) {
    super(`${form} needs the step ${step}`);
  }
}

/** The step's record, or FormNotReady naming the step the form needs. */
export function required<T>(step: T | undefined, form: CaseForm): T {
  if (!step) throw new FormNotReady(form, FORM_STEP[form]);
  return step;
}
