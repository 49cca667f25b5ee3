import '../../i18n/vi-record';
import {
  type UseMutationResult,
  type UseQueryResult,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { Alert, Button, Popconfirm, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert, explain } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';

/**
 * The rows kept beside a record (under `key`), the removal of one by its id, and `refresh`, to
 * read them again once one is added.
 */
export function useAnnexRows<Row>(
  key: readonly unknown[],
  list: (signal: AbortSignal) => Promise<Row[]>,
  removeOne: (id: string) => Promise<unknown>,
) {
  const queryClient = useQueryClient();
  const rows = useQuery({ queryKey: key, queryFn: ({ signal }) => list(signal) });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: key });
  const remove = useMutation({ mutationFn: removeOne, onSuccess: refresh });
  return { rows, remove, refresh };
}

/**
 * A panel of rows kept beside a record (a child's support and injuries, a case's sanctions): what
 * it is, the rows, each removable by whoever may change them, and the form to add one.
 */
export function AnnexPanel<Row extends { id: string }>(props: {
  title: string;
  intro: string;
  none: string;
  rows: UseQueryResult<Row[]>;
  /** One row, with its remove button where `remove` is given. */
  item: (row: Row, onRemove?: () => void) => ReactNode;
  /** Removes a row by its id; left out for whoever may not. */
  remove?: UseMutationResult<unknown, Error, string>;
  /** The form to add a row, for whoever may. */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const { rows, remove } = props;
  return (
    <Panel title={props.title}>
      <Typography.Paragraph type="secondary">{props.intro}</Typography.Paragraph>
      {rows.error && <ErrorAlert error={rows.error} />}
      {rows.data?.length === 0 && (
        <Typography.Paragraph type="secondary">{props.none}</Typography.Paragraph>
      )}
      <ul className="plain-list supports">
        {rows.data?.map((row) => props.item(row, remove ? () => remove.mutate(row.id) : undefined))}
      </ul>
      {remove?.error && <Alert type="error" showIcon title={explain(remove.error, t)} />}
      {props.children}
    </Panel>
  );
}

/**
 * One thing kept beside a record (a support, an injury, a sanction): its name, its details, and
 * for whom may change the record a remove button that asks first, with any other `actions` before
 * it and what they open (`children`) below.
 */
export function AnnexItem(props: {
  name: string;
  details: (string | null | undefined)[];
  removeConfirm: string;
  onRemove?: () => void;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <li className="support">
      <Space wrap align="baseline">
        <Typography.Text strong>{props.name}</Typography.Text>
        <Typography.Text>{props.details.filter(Boolean).join(' · ')}</Typography.Text>
        {props.actions}
        {props.onRemove && (
          <Popconfirm
            title={props.removeConfirm}
            okText={t('support.remove')}
            cancelText={t('support.cancel')}
            onConfirm={props.onRemove}
          >
            <Button size="small" danger>
              {t('support.remove')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      {props.children}
    </li>
  );
}
