import type { FormInstance } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { ApiError } from '../../api/client';
import type { ChildBody, ChildValues } from './ChildForm';

/** The API's field errors (`caregivers.0.phone`) shown beside the form's fields. */
export function showFieldErrors(form: FormInstance<ChildValues>, error: unknown): boolean {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return false;
  const fields = new Set<string>(Object.keys(form.getFieldsValue(true) as object));
  const byField = new Map<string, string[]>();
  for (const { field, message } of error.problem.errors) {
    byField.set(field, [...(byField.get(field) ?? []), message]);
  }
  form.setFields(
    [...byField].map(([field, errors]) => {
      const path = field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      // A sub-group is chosen in the group's field.
      if (path[path.length - 1] === 'subCode') path[path.length - 1] = 'code';
      const name = fields.has(String(path[0])) ? path : [String(path[0])];
      return { name: name as NamePath<ChildValues>, errors };
    }),
  );
  return true;
}

/** The fields of `next` that differ from `before`: what a correction sends. */
export function changedFields(
  before: ChildBody,
  next: ChildBody,
): Partial<Record<keyof ChildBody, unknown>> {
  const changes: Partial<Record<keyof ChildBody, unknown>> = {};
  for (const key of Object.keys({ ...before, ...next }) as (keyof ChildBody)[]) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(next[key] ?? null)) {
      // A field emptied is cleared (null), not left out.
      changes[key] = next[key] ?? null;
    }
  }
  return changes;
}
