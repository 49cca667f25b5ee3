import type { FormInstance } from 'antd';
import { ApiError } from '../../api/client';

/**
 * The API's field errors (`newChildren.0.sex`, `conference.participants`) beside the form's fields
 * of the same path, and the rest named for the alert; `rename` maps an API field to the form's
 * when they differ.
 */
export function placeFieldErrors(
  form: FormInstance,
  error: unknown,
  rename: (path: (string | number)[]) => (string | number)[] = (path) => path,
): void {
  if (!(error instanceof ApiError) || !error.problem.errors?.length) return;
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  for (const { field, message } of error.problem.errors) {
    const name = rename(field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(message);
    byField.set(key, entry);
  }
  // A field the form lacks is named in the alert above it, where every refusal is told.
  form.setFields([...byField.values()]);
}
