import '../../i18n/vi-screens';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Radio } from 'antd';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/vi';
import { CommuneScreen, useChosenCommune } from '../reference/CommuneSelect';

type Correction = Schemas['CorrectionRequestDto'];
type Status = Correction['status'];

const LIST_LABEL: Record<Status, MessageKey> = {
  open: 'corrections.list.open',
  corrected: 'corrections.list.corrected',
  refused: 'corrections.list.refused',
};

/**
 * A commune's requests to correct children's records (Law 91/2025), the oldest first: those
 * waiting for an answer, and those answered. Each is answered on its child's page, where it was
 * recorded.
 */
export default function CorrectionRequestsPage() {
  const { t, date, dateTime } = useI18n();
  const listsId = useId();
  const chosen = useChosenCommune();
  const { communeCode } = chosen;
  const [status, setStatus] = useState<Status>('open');
  const list = useQuery({
    queryKey: ['children', 'correction-requests', communeCode, status],
    enabled: communeCode !== undefined,
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      call(
        api.GET('/api/v1/children/correction-requests', {
          signal,
          params: { query: { communeCode: communeCode!, status } },
        }),
      ),
  });
  const columns: Column<Correction>[] = [
    {
      key: 'received',
      title: t('corrections.col.received'),
      render: (r) => date(r.receivedOn),
    },
    {
      key: 'child',
      title: t('corrections.col.child'),
      render: (r) => <Link to={`/children/${r.childId}`}>{r.childName}</Link>,
    },
    { key: 'requester', title: t('corrections.col.requester'), render: (r) => r.requester },
    { key: 'request', title: t('corrections.col.request'), render: (r) => r.request },
    status === 'open'
      ? {
          key: 'recorded',
          title: t('corrections.col.recordedBy'),
          render: (r) => r.recordedBy?.fullName ?? t('common.none'),
          wide: true,
        }
      : {
          key: 'answer',
          title: t('corrections.col.answer'),
          render: (r) =>
            t('corrections.answer', {
              answer: r.answer ?? '',
              name: r.answeredBy?.fullName ?? '',
              time: dateTime(r.answeredAt),
            }),
        },
  ];
  return (
    <CommuneScreen
      title={t('corrections.title')}
      intro={t('corrections.intro')}
      selectId="corrections-commune"
      chosen={chosen}
      chooseFirst={t('corrections.chooseCommune')}
    >
      {(code) => (
        <>
          <Radio.Group
            name="corrections-list"
            aria-labelledby={listsId}
            value={status}
            onChange={(event) => setStatus(event.target.value as Status)}
          >
            <span id={listsId} className="visually-hidden">
              {t('corrections.lists')}
            </span>
            {(Object.keys(LIST_LABEL) as Status[]).map((value) => (
              <Radio key={value} value={value}>
                {t(LIST_LABEL[value])}
              </Radio>
            ))}
          </Radio.Group>
          {list.error && <ErrorAlert error={list.error} />}
          <DataTable<Correction>
            caption={t('corrections.caption', {
              list: t(LIST_LABEL[status]),
              commune: chosen.communeName ?? code,
            })}
            columns={columns}
            rows={list.data ?? []}
            rowKey={(r) => r.id}
            empty={list.isSuccess ? t(`corrections.empty.${status}`) : t('common.loading')}
            busy={list.isFetching}
          />
        </>
      )}
    </CommuneScreen>
  );
}
