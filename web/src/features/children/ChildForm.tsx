import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, type FormInstance, Input, Row, Select, Space } from 'antd';
import type { InternalNamePath } from 'antd/es/form/interface';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useEffect, useRef } from 'react';
import type { Schemas } from '../../api/client';
import { useI18n } from '../../i18n';
import { useCommunes, useProvinces, useReference } from '../reference/hooks';
import { SEX_LABEL } from './labels';

type Child = Schemas['ChildDto'];
export type ChildBody = Schemas['CreateChildDto'];

interface Period {
  code: string;
  subCode?: string;
  since?: Dayjs | null;
  until?: Dayjs | null;
}

/** The form's values: the API's body, with dates as the date picker holds them. */
export interface ChildValues {
  fullName: string;
  dateOfBirth: Dayjs;
  dobPrecision: 'exact' | 'year' | 'estimated';
  sex: 'male' | 'female' | 'unknown';
  ethnicityCode?: string | null;
  personalId?: string | null;
  provinceCode: string;
  communeCode: string;
  village?: string | null;
  address?: string | null;
  caregivers: {
    relation: string;
    fullName: string;
    personalId?: string | null;
    phone?: string | null;
  }[];
  specialCircumstances: Period[];
  riskFactors: Period[];
  schoolStatus?: string | null;
  disability?: string | null;
  notes?: string | null;
}

const DATE = 'DD/MM/YYYY';
const day = (value: string | null | undefined) => (value ? dayjs(value) : null);
const iso = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : undefined);
const text = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

export function toValues(child: Child): ChildValues {
  return {
    ...child,
    dateOfBirth: dayjs(child.dateOfBirth),
    caregivers: child.caregivers.map((caregiver) => ({ ...caregiver })),
    specialCircumstances: child.specialCircumstances.map((entry) => ({
      code: entry.subCode ?? entry.code,
      since: day(entry.since),
      until: day(entry.until),
    })),
    riskFactors: child.riskFactors.map((entry) => ({
      code: entry.code,
      since: day(entry.since),
      until: day(entry.until),
    })),
  };
}

/** The API's body from the form: empty text is "none", a sub-group names its group too. */
export function toBody(values: ChildValues, groups: Map<string, string | null>): ChildBody {
  return {
    fullName: values.fullName.trim(),
    dateOfBirth: iso(values.dateOfBirth)!,
    dobPrecision: values.dobPrecision,
    sex: values.sex,
    ethnicityCode: values.ethnicityCode ?? undefined,
    personalId: text(values.personalId) ?? undefined,
    provinceCode: values.provinceCode,
    communeCode: values.communeCode,
    village: text(values.village) ?? undefined,
    address: text(values.address) ?? undefined,
    caregivers: (values.caregivers ?? []).map((caregiver) => ({
      relation: caregiver.relation as 'father',
      fullName: caregiver.fullName.trim(),
      personalId: text(caregiver.personalId) ?? undefined,
      phone: text(caregiver.phone) ?? undefined,
    })),
    specialCircumstances: (values.specialCircumstances ?? []).map((entry) => {
      const parent = groups.get(entry.code);
      return {
        code: parent ?? entry.code,
        subCode: parent ? entry.code : undefined,
        since: iso(entry.since),
        until: iso(entry.until),
      };
    }),
    riskFactors: (values.riskFactors ?? []).map((entry) => ({
      code: entry.code,
      since: iso(entry.since),
      until: iso(entry.until),
    })),
    schoolStatus: values.schoolStatus ?? undefined,
    disability: text(values.disability) ?? undefined,
    notes: text(values.notes) ?? undefined,
  };
}

/** The lists the form adds entries to, each with an "add" button. */
type ListField = 'caregivers' | 'specialCircumstances' | 'riskFactors';

/**
 * Where to put the cursor to correct a field: its input; in a list, the first entry to correct
 * (a special circumstance not yet ended: its end date), or the list's "add" button when it has
 * none (null).
 */
function focusTarget(field: keyof ChildValues, values: ChildValues): InternalNamePath | null {
  switch (field) {
    case 'caregivers':
      return values.caregivers.length > 0 ? ['caregivers', 0, 'relation'] : null;
    case 'specialCircumstances':
    case 'riskFactors': {
      const open = values[field].findIndex((entry) => !entry.until?.isBefore(dayjs(), 'day'));
      return open >= 0 ? [field, open, 'until'] : null;
    }
    default:
      return [field];
  }
}

/** Every field of a child's record, grouped as the record shows them; used to add and to correct. */
export function ChildForm(props: {
  form: FormInstance<ChildValues>;
  initial?: Partial<ChildValues>;
  onSubmit: (values: ChildValues) => void;
  busy: boolean;
  submitLabel: string;
  /** Shown first in the place's group (the lookup of a former commune code). */
  placeExtra?: ReactNode;
  /** The field to correct: the form opens with it in view and the cursor in it. */
  focus?: keyof ChildValues;
}) {
  const { t, language } = useI18n();
  const name = (item: { name: string; nameEn?: string | null }) =>
    language === 'en' && item.nameEn ? item.nameEn : item.name;
  const ethnicities = useReference('ethnicities');
  const circumstances = useReference('special-circumstances');
  const risks = useReference('risk-factors');
  const relations = useReference('caregiver-relations');
  const schools = useReference('school-statuses');
  const provinces = useProvinces();
  const province = Form.useWatch('provinceCode', props.form);
  const communes = useCommunes(province ? [province] : []);
  const required = (label: string) => [
    { required: true, message: t('form.required', { field: label }) },
  ];
  const addButtons = useRef<Partial<Record<ListField, HTMLElement | null>>>({});
  const { form, focus } = props;
  useEffect(() => {
    if (!focus) return;
    // The whole store (`true`: unrendered fields too) of this FormInstance<ChildValues>; antd
    // types that overload `any`.
    const target = focusTarget(focus, form.getFieldsValue(true) as ChildValues);
    if (target) {
      form.scrollToField(target, { focus: true, block: 'center' });
    } else {
      const add = addButtons.current[focus as ListField];
      add?.scrollIntoView({ block: 'center' });
      add?.focus();
    }
  }, [form, focus]);

  return (
    <Form<ChildValues>
      form={props.form}
      layout="vertical"
      initialValues={{
        dobPrecision: 'exact',
        caregivers: [],
        specialCircumstances: [],
        riskFactors: [],
        ...props.initial,
      }}
      onFinish={props.onSubmit}
      scrollToFirstError={{ focus: true }}
    >
      <section className="panel">
        <h2 className="panel-title">{t('child.identity')}</h2>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="fullName"
              label={t('child.fullName')}
              rules={required(t('child.fullName'))}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="dateOfBirth"
              label={t('child.dateOfBirth')}
              rules={required(t('child.dateOfBirth'))}
            >
              <DatePicker
                format={DATE}
                className="full-width"
                placeholder={t('form.datePlaceholder')}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="dobPrecision" label={t('child.dobPrecision')}>
              <Select
                options={(['exact', 'year', 'estimated'] as const).map((value) => ({
                  value,
                  label: t(`dobPrecision.${value}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="sex" label={t('child.sex')} rules={required(t('child.sex'))}>
              <Select
                options={(['male', 'female', 'unknown'] as const).map((sex) => ({
                  value: sex,
                  label: t(SEX_LABEL[sex]),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="ethnicityCode" label={t('child.ethnicity')}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={(ethnicities.data ?? []).map((item) => ({
                  value: item.code,
                  label: name(item),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="personalId"
              label={t('child.personalId')}
              extra={t('form.personalIdHelp')}
            >
              <Input inputMode="numeric" maxLength={12} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      </section>

      <section className="panel card-gap" aria-labelledby="child-form-place">
        <h2 className="panel-title" id="child-form-place">
          {t('child.place')}
        </h2>
        {props.placeExtra}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="provinceCode"
              label={t('child.province')}
              rules={required(t('child.province'))}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                onChange={() => props.form.setFieldValue('communeCode', undefined)}
                options={(provinces.data ?? []).map((item) => ({
                  value: item.code,
                  label: item.fullName,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="communeCode"
              label={t('child.commune')}
              rules={required(t('child.commune'))}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                disabled={!province}
                options={(communes.data ?? []).map((item) => ({
                  value: item.code,
                  label: item.fullName,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="village" label={t('child.village')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="address" label={t('child.address')}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
      </section>

      <section className="panel card-gap">
        <h2 className="panel-title">{t('child.caregivers')}</h2>
        <Form.List name="caregivers">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <fieldset key={field.key} className="form-group">
                  <legend>{t('form.caregiverN', { n: index + 1 })}</legend>
                  <Row gutter={16}>
                    <Col xs={24} md={6}>
                      <Form.Item
                        name={[field.name, 'relation']}
                        label={t('child.relation')}
                        rules={required(t('child.relation'))}
                      >
                        <Select
                          options={(relations.data ?? []).map((item) => ({
                            value: item.code,
                            label: name(item),
                          }))}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item
                        name={[field.name, 'fullName']}
                        label={t('child.caregiverName')}
                        rules={required(t('child.caregiverName'))}
                      >
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={5}>
                      <Form.Item name={[field.name, 'personalId']} label={t('child.personalId')}>
                        <Input inputMode="numeric" maxLength={12} />
                      </Form.Item>
                    </Col>
                    <Col xs={12} md={5}>
                      <Form.Item name={[field.name, 'phone']} label={t('child.phone')}>
                        <Input inputMode="tel" />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={2} className="form-remove">
                      <Button
                        icon={<MinusCircleOutlined aria-hidden />}
                        aria-label={t('form.removeItem', {
                          item: t('form.caregiverN', { n: index + 1 }),
                        })}
                        onClick={() => remove(field.name)}
                      >
                        {t('form.remove')}
                      </Button>
                    </Col>
                  </Row>
                </fieldset>
              ))}
              <Button
                ref={(button) => {
                  addButtons.current.caregivers = button;
                }}
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ relation: 'mother' })}
              >
                {t('form.addCaregiver')}
              </Button>
            </>
          )}
        </Form.List>
      </section>

      {(
        [
          [
            'specialCircumstances',
            'child.circumstances',
            'form.addCircumstance',
            circumstances.data ?? [],
          ],
          ['riskFactors', 'child.risks', 'form.addRisk', risks.data ?? []],
        ] as const
      ).map(([list, title, addLabel, items]) => (
        <section className="panel card-gap" key={list}>
          <h2 className="panel-title">{t(title)}</h2>
          <Form.List name={list}>
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <fieldset key={field.key} className="form-group">
                    <legend>{`${t(title)} ${index + 1}`}</legend>
                    <Row gutter={16}>
                      <Col xs={24} md={10}>
                        <Form.Item
                          name={[field.name, 'code']}
                          label={t('form.kind')}
                          rules={required(t('form.kind'))}
                        >
                          <Select
                            showSearch={{ optionFilterProp: 'label' }}
                            options={items.map((item) => ({
                              value: item.code,
                              label:
                                list === 'specialCircumstances'
                                  ? `${item.code}. ${name(item)}`
                                  : name(item),
                            }))}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[field.name, 'since']} label={t('child.since')}>
                          <DatePicker
                            format={DATE}
                            className="full-width"
                            placeholder={t('form.datePlaceholder')}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={12} md={6}>
                        <Form.Item name={[field.name, 'until']} label={t('child.until')}>
                          <DatePicker
                            format={DATE}
                            className="full-width"
                            placeholder={t('form.datePlaceholder')}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={2} className="form-remove">
                        <Button
                          icon={<MinusCircleOutlined aria-hidden />}
                          aria-label={t('form.removeItem', { item: `${t(title)} ${index + 1}` })}
                          onClick={() => remove(field.name)}
                        >
                          {t('form.remove')}
                        </Button>
                      </Col>
                    </Row>
                  </fieldset>
                ))}
                <Button
                  ref={(button) => {
                    addButtons.current[list] = button;
                  }}
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() => add({})}
                >
                  {t(addLabel)}
                </Button>
              </>
            )}
          </Form.List>
        </section>
      ))}

      <section className="panel card-gap">
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="schoolStatus" label={t('child.schoolStatus')}>
              <Select
                allowClear
                options={(schools.data ?? []).map((item) => ({
                  value: item.code,
                  label: name(item),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="disability" label={t('child.disability')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="notes" label={t('child.notes')}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </Col>
        </Row>
      </section>

      <Space className="form-actions">
        {/* A save answered within the delay shows no spinner: antd's spinner, shown and hidden
            within a few frames, could stay in the button's name ("loading Lưu thay đổi"). */}
        <Button type="primary" htmlType="submit" loading={props.busy && { delay: 200 }}>
          {props.submitLabel}
        </Button>
      </Space>
    </Form>
  );
}
