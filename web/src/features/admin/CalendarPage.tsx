import '../../i18n/vi-screens';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api, call, type Schemas } from '../../api/client';
import { type Column, DataTable } from '../../app/DataTable';
import { ErrorAlert } from '../../app/errors';
import { Panel } from '../../app/Panel';
import { useI18n } from '../../i18n';
import { AdminHead, SavedNotice } from './common';

type Holiday = Schemas['HolidayDto'];
interface DayValues {
  day?: Dayjs;
  kind: Holiday['kind'];
  name: string;
}

/**
 * A year's days off and weekend days worked, the calendar every deadline counts working days on:
 * changed here, then saved as the year's whole list (as the API replaces it).
 */
export default function CalendarPage() {
  const { t, date } = useI18n();
  const queryClient = useQueryClient();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [days, setDays] = useState<Holiday[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [form] = Form.useForm<DayValues>();
  const stored = useQuery({
    queryKey: ['calendar', year],
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/calendar/holidays/{year}', { signal, params: { path: { year } } })),
  });
  const shown = days ?? stored.data?.days ?? [];
  const changed = days !== null;
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PUT('/api/v1/calendar/holidays/{year}', {
          params: { path: { year } },
          body: { days: shown },
        }),
      ),
    onSuccess: () => {
      setDays(null);
      setNotice(t('admin.calendar.saved', { year: String(year) }));
      void queryClient.invalidateQueries({ queryKey: ['calendar', year] });
    },
  });
  const add = (values: DayValues) => {
    if (!values.day) return;
    const day = values.day.format('YYYY-MM-DD');
    const next = [
      ...shown.filter((d) => d.day !== day),
      { day, kind: values.kind, name: values.name },
    ];
    setDays(next.sort((a, b) => a.day.localeCompare(b.day)));
    setNotice(null);
    form.resetFields();
  };
  const columns: Column<Holiday>[] = [
    {
      key: 'day',
      title: t('admin.calendar.col.day'),
      render: (d) => `${date(d.day)} (${weekday(d.day, t)})`,
    },
    {
      key: 'kind',
      title: t('admin.calendar.col.kind'),
      render: (d) =>
        t(d.kind === 'day_off' ? 'admin.calendar.dayOff' : 'admin.calendar.workingDay'),
    },
    { key: 'name', title: t('admin.calendar.col.name'), render: (d) => d.name },
    {
      key: 'remove',
      title: t('admin.col.actions'),
      render: (d) => (
        <Button size="small" onClick={() => setDays(shown.filter((other) => other.day !== d.day))}>
          {t('admin.calendar.remove')}
          <span className="visually-hidden"> {date(d.day)}</span>
        </Button>
      ),
    },
  ];
  return (
    <Space direction="vertical" size="middle" className="page">
      <AdminHead title={t('admin.calendar.title')} intro={t('admin.calendar.intro')} />
      <Form layout="vertical" className="panel" onSubmitCapture={(e) => e.preventDefault()}>
        <Form.Item label={t('admin.calendar.year')} htmlFor="calendar-year" className="flush">
          <Select
            id="calendar-year"
            className="year-select"
            value={year}
            onChange={(next: number) => {
              setYear(next);
              setDays(null);
            }}
            options={Array.from({ length: 6 }, (_, i) => thisYear - 1 + i).map((y) => ({
              value: y,
              label: String(y),
            }))}
          />
        </Form.Item>
      </Form>
      <SavedNotice notice={notice} onClose={() => setNotice(null)} />
      {stored.error && <ErrorAlert error={stored.error} />}
      {save.error && <ErrorAlert error={save.error} />}
      <DataTable<Holiday>
        caption={t('admin.calendar.caption', { year: String(year) })}
        columns={columns}
        rows={shown}
        rowKey={(d) => d.day}
        busy={stored.isFetching}
        empty={stored.isPending ? t('common.loading') : t('admin.calendar.empty')}
      />
      <Panel title={t('admin.calendar.add')}>
        <Form<DayValues>
          form={form}
          layout="vertical"
          className="calendar-add"
          initialValues={{ kind: 'day_off' }}
          onFinish={add}
        >
          <Form.Item
            name="day"
            label={t('admin.calendar.day')}
            rules={[
              { required: true, message: t('admin.required', { field: t('admin.calendar.day') }) },
            ]}
          >
            <DatePicker
              format="DD/MM/YYYY"
              defaultPickerValue={dayjs(`${year}-01-01`)}
              disabledDate={(d) => d.year() !== year}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('admin.calendar.kind')}>
            <Select
              options={[
                { value: 'day_off', label: t('admin.calendar.dayOff') },
                { value: 'working_day', label: t('admin.calendar.workingDay') },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('admin.calendar.name')}
            rules={[
              { required: true, message: t('admin.required', { field: t('admin.calendar.name') }) },
            ]}
          >
            <Input />
          </Form.Item>
          <Form.Item className="filters-clear">
            <Button htmlType="submit">{t('admin.calendar.addButton')}</Button>
          </Form.Item>
        </Form>
      </Panel>
      <Space wrap>
        <Button
          type="primary"
          disabled={!changed}
          loading={save.isPending}
          onClick={() => save.mutate()}
        >
          {t('admin.calendar.save', { year: String(year) })}
        </Button>
        <Button disabled={!changed} onClick={() => setDays(null)}>
          {t('admin.calendar.discard')}
        </Button>
        {changed && <span role="status">{t('admin.calendar.unsaved')}</span>}
      </Space>
    </Space>
  );
}

function weekday(day: string, t: ReturnType<typeof useI18n>['t']): string {
  const keys = [
    'admin.calendar.sun',
    'admin.calendar.mon',
    'admin.calendar.tue',
    'admin.calendar.wed',
    'admin.calendar.thu',
    'admin.calendar.fri',
    'admin.calendar.sat',
  ] as const;
  return t(keys[dayjs(day).day()]);
}
