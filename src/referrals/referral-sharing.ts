/**
 * What a receiving organisation learns of a child and a case (need to know, issue 6): always the
 * children's names, ages, sexes and communes and the case code; beyond that only the fields the
 * sending worker picks from SHAREABLE_FIELDS. The snapshot is taken when the referral is sent, so
 * what was shared is exactly what the worker saw.
 */
export const CHILD_FIELDS = [
  'dateOfBirth',
  'personalId',
  'ethnicity',
  'address', // village and address
  'caregivers',
  'schooling',
  'disability',
  'specialCircumstances',
  'riskFactors',
] as const;

export const CASE_FIELDS = [
  'concerns', // forms of abuse or risk reported
  'immediateDanger',
  'protectionLevel',
  'reportSummary', // the report as taken in (Mẫu 01)
  'location', // where it happened
] as const;

export const SHAREABLE_FIELDS = [...CHILD_FIELDS, ...CASE_FIELDS] as const;
export type ShareableField = (typeof SHAREABLE_FIELDS)[number];

export interface ChildSource {
  fullName: string;
  age: number;
  sex: string;
  communeCode: string;
  dateOfBirth: string;
  dobPrecision: string;
  personalId: string | null;
  ethnicityCode: string | null;
  village: string | null;
  address: string | null;
  caregivers: unknown[];
  schoolStatus: string | null;
  disability: string | null;
  specialCircumstances: unknown[];
  riskFactors: unknown[];
}

export interface CaseSource {
  concerns: string[];
  immediateDanger: boolean | null;
  level: string | null;
  summary: string;
  location: unknown;
}

export interface SharedChild {
  fullName: string;
  age: number;
  sex: string;
  communeCode: string;
  communeName: string;
  [field: string]: unknown;
}

export interface SharedSnapshot {
  children: SharedChild[];
  case: Record<string, unknown>;
}

const FROM_CHILD: Record<(typeof CHILD_FIELDS)[number], (child: ChildSource) => unknown> = {
  dateOfBirth: (c) => ({ value: c.dateOfBirth, precision: c.dobPrecision }),
  personalId: (c) => c.personalId,
  ethnicity: (c) => c.ethnicityCode,
  address: (c) => ({ village: c.village, address: c.address }),
  caregivers: (c) => c.caregivers,
  schooling: (c) => c.schoolStatus,
  disability: (c) => c.disability,
  specialCircumstances: (c) => c.specialCircumstances,
  riskFactors: (c) => c.riskFactors,
};

const FROM_CASE: Record<(typeof CASE_FIELDS)[number], (kase: CaseSource) => unknown> = {
  concerns: (k) => k.concerns,
  immediateDanger: (k) => k.immediateDanger,
  protectionLevel: (k) => k.level,
  reportSummary: (k) => k.summary,
  location: (k) => k.location,
};

export function snapshot(
  kase: CaseSource,
  children: ChildSource[],
  communeNames: ReadonlyMap<string, string>,
  fields: readonly ShareableField[],
): SharedSnapshot {
  const chosen = new Set(fields);
  return {
    children: children.map((child) => {
      const shared: SharedChild = {
        fullName: child.fullName,
        age: child.age,
        sex: child.sex,
        communeCode: child.communeCode,
        communeName: communeNames.get(child.communeCode) ?? child.communeCode,
      };
      for (const field of CHILD_FIELDS) {
        if (chosen.has(field)) shared[field] = FROM_CHILD[field](child);
      }
      return shared;
    }),
    case: Object.fromEntries(
      CASE_FIELDS.filter((field) => chosen.has(field)).map((field) => [
        field,
        FROM_CASE[field](kase),
      ]),
    ),
  };
}
