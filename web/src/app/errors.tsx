import { Alert } from 'antd';
import { ApiError, NetworkError } from '../api/client';
import { type Translate, useI18n } from '../i18n';

/** What to tell a person about a failure, in their language: the API's own words when it answered. */
export function explain(error: unknown, t: Translate): string {
  if (error instanceof NetworkError) return t('error.network');
  if (error instanceof ApiError) {
    const seconds = error.retryAfter;
    if (error.status === 423 && seconds) return t('signIn.locked', { seconds });
    if (error.status === 429 && seconds) return t('signIn.rateLimited', { seconds });
    return error.problem.detail ?? error.problem.title;
  }
  return t('error.generic');
}

/** The message the API gave for one field of a refused request, to show under that field. */
export function fieldMessage(error: unknown, field: string): string | undefined {
  return error instanceof ApiError
    ? error.problem.errors?.find((e) => e.field === field)?.message
    : undefined;
}

/**
 * A form field's props for what the API said of it: its name, and the API's message under it,
 * marked as an error.
 */
export function apiField<F extends string>(error: unknown, field: F) {
  const message = fieldMessage(error, field);
  return { name: field, help: message, validateStatus: message ? ('error' as const) : undefined };
}

export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  return <Alert type="error" showIcon role="alert" title={explain(error, t)} />;
}

/**
 * A form's refusal said under none of its `fields` (a conflict, the network), as an alert of its
 * own; nothing where the API's messages stand under the fields.
 */
export function FormAlert({ error, fields }: { error: Error | null; fields: readonly string[] }) {
  const { t } = useI18n();
  if (!error || fields.some((field) => fieldMessage(error, field))) return null;
  return <Alert type="error" showIcon title={explain(error, t)} />;
}
