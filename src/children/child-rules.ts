import type { PlaceIndex } from '../areas/place-index.js';
import type { AreaScope } from '../access/actor.js';
import { inScope } from '../access/scope.js';
import { AppException, type FieldError } from '../common/app.exception.js';
import { changes } from '../common/changes.js';
import type { ReferenceItemDto } from '../reference/dto/reference-item.dto.js';
import { childFingerprint } from './child-key.js';
import type { CreateChildDto } from './dto/child.dto.js';
import type { Child } from './entities/child.entity.js';
import { personalIdProblem } from './personal-id.js';
import { searchColumn } from './vietnamese-name.js';
import { isCalendarDate } from '../common/fields.js';

/** A child record as stored, from a full body: what create, update and import all validate. */
export type ChildFields = Omit<
  Child,
  | 'id'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
  | 'createdBy'
  | 'updatedBy'
  | 'mergedInto'
  | 'verificationStatus'
  | 'verificationId'
  | 'anonymisedAt'
>;

/** What the rules check a record against, loaded once and shared by every record of an import. */
export interface RegistryReference {
  places: PlaceIndex;
  specialCircumstances: Map<string, ReferenceItemDto>;
  riskFactors: Map<string, ReferenceItemDto>;
  ethnicities: Map<string, ReferenceItemDto>;
  schoolStatuses: Map<string, ReferenceItemDto>;
}

/**
 * The full record a body describes, checked against the rules a DTO cannot express: the place
 * (mapped from pre-2025 codes, inside the actor's areas), the code lists, the date of birth and
 * the personal ID's agreement with date of birth and sex. Uniqueness of the personal ID needs the
 * database and is checked by the caller. Throws the problem to report.
 */
export function checkChild(
  dto: CreateChildDto,
  reference: RegistryReference,
  scope: AreaScope,
  today: string,
): ChildFields {
  const place = reference.places.resolve(dto.provinceCode, dto.communeCode);
  if (!inScope(scope, place.provinceCode, place.communeCode)) {
    throw new AppException('out-of-scope', { communeCode: place.communeCode });
  }
  const precision = dto.dobPrecision ?? 'exact';
  const circumstances = dto.specialCircumstances ?? [];
  const riskFactors = dto.riskFactors ?? [];
  const caregivers = dto.caregivers ?? [];

  const unknown: { list: string; field: string; code: string }[] = [];
  const requireCode = (list: string, codes: Map<string, unknown>, field: string, code?: string) => {
    if (code !== undefined && !codes.has(code)) unknown.push({ list, field, code });
  };
  circumstances.forEach((c, i) => {
    const field = `specialCircumstances.${i}`;
    requireCode('special-circumstances', reference.specialCircumstances, `${field}.code`, c.code);
    requireCode(
      'special-circumstances',
      reference.specialCircumstances,
      `${field}.subCode`,
      c.subCode,
    );
  });
  riskFactors.forEach((r, i) =>
    requireCode('risk-factors', reference.riskFactors, `riskFactors.${i}.code`, r.code),
  );
  requireCode('ethnicities', reference.ethnicities, 'ethnicityCode', dto.ethnicityCode);
  requireCode('school-statuses', reference.schoolStatuses, 'schoolStatus', dto.schoolStatus);
  if (unknown.length > 0) {
    throw new AppException(
      'unknown-code',
      {
        list: [...new Set(unknown.map((u) => u.list))].join(', '),
        codes: unknown.map((u) => u.code).join(', '),
      },
      unknown.map((u) => ({
        field: u.field,
        constraint: 'unknownCode',
        message: `not in the list ${u.list}: ${u.code}`,
        args: [u.list, u.code],
      })),
    );
  }

  const errors: FieldError[] = [];
  if (!isCalendarDate(dto.dateOfBirth)) {
    errors.push({
      field: 'dateOfBirth',
      constraint: 'dateOfBirth:real',
      message: 'dateOfBirth must be a real date',
    });
  } else if (dto.dateOfBirth > today) {
    errors.push({
      field: 'dateOfBirth',
      constraint: 'dateOfBirth:future',
      message: 'dateOfBirth must not be after today',
    });
  }
  if (dto.personalId) {
    const problem = personalIdProblem(dto.personalId, dto.dateOfBirth, precision, dto.sex);
    if (problem) {
      errors.push({
        field: 'personalId',
        constraint: `personalId:${problem}`,
        message: `personalId does not agree with the ${problem}`,
      });
    }
  }
  // The statistics count a flag in force on a day: its days must be real and in order.
  for (const [list, flags] of [
    ['specialCircumstances', circumstances],
    ['riskFactors', riskFactors],
  ] as const) {
    flags.forEach((flag, i) => {
      for (const end of ['since', 'until'] as const) {
        if (flag[end] && !isCalendarDate(flag[end])) {
          errors.push({
            field: `${list}.${i}.${end}`,
            constraint: 'flag:date',
            message: `${end} must be a real date`,
          });
        }
      }
      if (flag.since && flag.until && flag.until < flag.since) {
        errors.push({
          field: `${list}.${i}.until`,
          constraint: 'flag:order',
          message: 'until must not be before since',
        });
      }
    });
  }
  circumstances.forEach((c, i) => {
    if (c.subCode && reference.specialCircumstances.get(c.subCode)?.parentCode !== c.code) {
      errors.push({
        field: `specialCircumstances.${i}.subCode`,
        constraint: 'subCode:parent',
        message: `${c.subCode} is not a sub-group of ${c.code}`,
      });
    }
  });
  if (errors.length > 0) {
    throw new AppException(
      errors.some((e) => e.field === 'personalId') ? 'invalid-personal-id' : 'invalid-child',
      {},
      errors,
    );
  }
  return {
    fullName: dto.fullName,
    nameSearch: searchColumn(dto.fullName),
    dateOfBirth: dto.dateOfBirth,
    dobPrecision: precision,
    sex: dto.sex,
    ethnicityCode: dto.ethnicityCode ?? null,
    personalId: dto.personalId ?? null,
    provinceCode: place.provinceCode,
    communeCode: place.communeCode,
    village: dto.village ?? null,
    address: dto.address ?? null,
    caregivers: caregivers.map((c) => ({ ...c })),
    specialCircumstances: circumstances.map((c) => ({ ...c })),
    riskFactors: riskFactors.map((r) => ({ ...r })),
    schoolStatus: dto.schoolStatus ?? null,
    disability: dto.disability ?? null,
    notes: dto.notes ?? null,
    fingerprint: childFingerprint({ ...dto, communeCode: place.communeCode, caregivers }),
  };
}

/** The stored record as a create body (nulls as absent), to merge a partial update onto. */
export function asBody(child: Child): CreateChildDto {
  return Object.fromEntries(
    Object.entries(child).filter(([, v]) => v !== null),
  ) as unknown as CreateChildDto;
}

/** The fields a checked record changes on the stored one, with their new values: the UPDATE's SET. */
export function changedFields(before: Child, after: ChildFields): Partial<ChildFields> {
  return Object.fromEntries(
    Object.keys(changes(before as ChildFields, after)).map((k) => [
      k,
      after[k as keyof ChildFields],
    ]),
  );
}

/**
 * What a history entry shows: the fields that changed, without the derived search column. A new
 * record shows each filled field, from null.
 */
export function historyChanges(
  before: Child | null,
  after: ChildFields,
): Record<string, { from: unknown; to: unknown }> {
  const { nameSearch: _search, ...shown } = after;
  if (before) return changes(before as Partial<ChildFields>, shown);
  const result: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, to] of Object.entries(shown)) {
    if (to !== null && to !== undefined && !(Array.isArray(to) && to.length === 0))
      result[field] = { from: null, to };
  }
  return result;
}
