import '../../i18n/vi-screens';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { explain } from '../../app/errors';
import { useI18n } from '../../i18n';
import { SEX_LABEL } from '../children/labels';
import { useCommunesInScope, useMyOrganization, useReference } from '../reference/hooks';
import { placeFieldErrors } from './fields';

type Parent = Schemas['IntakeParentDto'];

interface NewChild {
  fullName: string;
  dobPrecision: 'exact' | 'year' | 'estimated';
  dateOfBirth?: Dayjs | null;
  birthYear?: number | null;
  sex: 'male' | 'female' | 'unknown';
  communeCode: string;
}

interface IntakeValues {
  childIds: { value: string; label: string }[];
  newChildren: NewChild[];
  concerns: string[];
  settings?: string[];
  source?: string;
  channel?: string;
  receivedAt: Dayjs;
  summary: string;
  immediateDanger: boolean;
  anonymous: boolean;
  reporter: { fullName?: string; phone?: string; relation?: string; address?: string };
  locationCommune?: string;
  locationAddress?: string;
  childCondition?: string;
  likelyHarm?: string;
  familySituation?: string;
  caregiver?: string;
  actionsTaken?: string;
  father: Parent;
  mother: Parent;
}

const text = (value: string | null | undefined) => value?.trim() || undefined;
function parent(value: Parent | undefined): Parent | undefined {
  const fullName = text(value?.fullName);
  const occupation = text(value?.occupation);
  const age = value?.age ?? undefined;
  return fullName || occupation || age ? { fullName, occupation, age } : undefined;
}

/** The form's fields under the API's names (a new child's year is its `dateOfBirth`). */
function renameField(path: (string | number)[]): (string | number)[] {
  if (path[0] === 'location')
    return [path[1] === 'address' ? 'locationAddress' : 'locationCommune'];
  if (path[0] === 'reporter' && path[1] === 'anonymous') return ['anonymous'];
  return path;
}

/** A report taken in (Mẫu 01): the children, what happened, who told, where. */
export default function CaseNewPage() {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IntakeValues>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [search, setSearch] = useState('');
  const organization = useMyOrganization().data;
  const communes = useCommunesInScope();
  const concerns = useReference('abuse-forms');
  const settings = useReference('abuse-settings');
  const sources = useReference('case-sources');
  const channels = useReference('case-channels');
  const anonymous = Form.useWatch('anonymous', form);
  const name = (item: { name: string; nameEn?: string | null }) =>
    language === 'en' && item.nameEn ? item.nameEn : item.name;
  const options = (items: { code: string; name: string; nameEn?: string | null }[] = []) =>
    items.map((item) => ({ value: item.code, label: name(item) }));
  const communeOptions = communes.options.map((c) => ({ value: c.code, label: c.fullName }));
  const required = (label: string) => [
    { required: true, message: t('form.required', { field: label }) },
  ];

  // Children of the registry as the name is typed, with or without its diacritics.
  const found = useQuery({
    queryKey: ['children', 'intake-search', search],
    enabled: search.trim().length >= 2,
    queryFn: ({ signal }) =>
      call(api.GET('/api/v1/children', { signal, params: { query: { q: search, limit: 10 } } })),
  });

  // The user's commune, once known, where nothing was chosen yet: the place, and a child added
  // before it was known (its commune is required, and the form would not send without it).
  useEffect(() => {
    if (!communes.home) return;
    if (!form.isFieldTouched('locationCommune')) {
      form.setFieldValue('locationCommune', communes.home);
    }
    (form.getFieldValue('newChildren') as IntakeValues['newChildren']).forEach((child, i) => {
      if (!child.communeCode) form.setFieldValue(['newChildren', i, 'communeCode'], communes.home);
    });
  }, [communes.home, form]);

  const create = async (values: IntakeValues) => {
    setBusy(true);
    setError(null);
    const provinceCode = organization?.provinceCode ?? '';
    try {
      const created = await call(
        api.POST('/api/v1/cases', {
          body: {
            childIds: values.childIds.map((child) => child.value),
            newChildren: values.newChildren.map((child) => ({
              fullName: child.fullName.trim(),
              dobPrecision: child.dobPrecision,
              dateOfBirth:
                child.dobPrecision === 'exact'
                  ? (child.dateOfBirth?.format('YYYY-MM-DD') ?? '')
                  : `${child.birthYear ?? ''}-01-01`,
              sex: child.sex,
              provinceCode,
              communeCode: child.communeCode,
            })),
            concerns: values.concerns,
            settings: values.settings?.length ? values.settings : undefined,
            source: values.source as 'public',
            channel: values.channel as 'phone',
            receivedAt: values.receivedAt.toISOString(),
            summary: values.summary.trim(),
            immediateDanger: values.immediateDanger || undefined,
            reporter: {
              anonymous: values.anonymous,
              relation: text(values.reporter.relation),
              ...(values.anonymous
                ? {}
                : {
                    fullName: text(values.reporter.fullName),
                    phone: text(values.reporter.phone),
                    address: text(values.reporter.address),
                  }),
            },
            location: values.locationCommune
              ? {
                  provinceCode,
                  communeCode: values.locationCommune,
                  address: text(values.locationAddress),
                }
              : undefined,
            childCondition: text(values.childCondition),
            likelyHarm: text(values.likelyHarm),
            familySituation: text(values.familySituation),
            caregiver: text(values.caregiver),
            actionsTaken: text(values.actionsTaken),
            father: parent(values.father),
            mother: parent(values.mother),
          },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      void navigate(`/cases/${created.id}`);
    } catch (failure) {
      placeFieldErrors(form, failure, renameField);
      setError(explain(failure, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" size="middle" className="page">
      <Link to="/cases">{t('cases.back')}</Link>
      <Typography.Title level={1} className="page-title">
        {t('cases.intake.title')}
      </Typography.Title>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      <Form<IntakeValues>
        form={form}
        layout="vertical"
        initialValues={{
          childIds: [],
          newChildren: [],
          concerns: [],
          receivedAt: dayjs(),
          immediateDanger: false,
          anonymous: false,
          reporter: {},
          father: {},
          mother: {},
        }}
        onFinish={(values) => void create(values)}
        scrollToFirstError={{ focus: true }}
      >
        <section className="panel" aria-labelledby="intake-children">
          <h2 className="panel-title" id="intake-children">
            {t('cases.intake.children')}
          </h2>
          <Form.Item
            name="childIds"
            label={t('cases.intake.findChild')}
            extra={t('cases.intake.findChildHelp')}
          >
            <Select
              mode="multiple"
              labelInValue
              showSearch={{ filterOption: false, onSearch: setSearch }}
              notFoundContent={
                found.isFetching ? t('common.loading') : t('cases.intake.noChildFound')
              }
              options={(found.data?.items ?? []).map((child) => ({
                value: child.id,
                label: `${child.fullName} (${dayjs(child.dateOfBirth).format('DD/MM/YYYY')})`,
              }))}
            />
          </Form.Item>
          <Form.List name="newChildren">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, index) => (
                  <NewChildFields
                    key={field.key}
                    name={field.name}
                    index={index}
                    communeOptions={communeOptions}
                    onRemove={() => remove(field.name)}
                  />
                ))}
                <Button
                  icon={<PlusOutlined aria-hidden />}
                  onClick={() =>
                    add({ dobPrecision: 'estimated', sex: 'unknown', communeCode: communes.home })
                  }
                >
                  {t('cases.intake.addChild')}
                </Button>
              </>
            )}
          </Form.List>
        </section>

        <section className="panel card-gap" aria-labelledby="intake-report">
          <h2 className="panel-title" id="intake-report">
            {t('cases.intake.report')}
          </h2>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="receivedAt"
                label={t('cases.receivedAt')}
                rules={required(t('cases.receivedAt'))}
              >
                <DatePicker showTime format="DD/MM/YYYY HH:mm" className="full-width" />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item
                name="source"
                label={t('cases.source')}
                rules={required(t('cases.source'))}
              >
                <Select options={options(sources.data)} />
              </Form.Item>
            </Col>
            <Col xs={12} md={8}>
              <Form.Item name="channel" label={t('cases.channel')}>
                <Select allowClear options={options(channels.data)} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="concerns"
                label={t('cases.concerns')}
                rules={required(t('cases.concerns'))}
              >
                <Select
                  mode="multiple"
                  showSearch={{ optionFilterProp: 'label' }}
                  options={options(concerns.data)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="settings" label={t('cases.settings')}>
                <Select mode="multiple" options={options(settings.data)} />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item
                name="summary"
                label={t('cases.summary')}
                rules={required(t('cases.summary'))}
              >
                <Input.TextArea rows={4} />
              </Form.Item>
              <Form.Item
                name="immediateDanger"
                valuePropName="checked"
                extra={t('cases.intake.dangerHelp')}
              >
                <Checkbox>{t('cases.intake.danger')}</Checkbox>
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="locationCommune" label={t('cases.intake.placeCommune')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  options={communeOptions}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="locationAddress" label={t('cases.intake.placeAddress')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
        </section>

        <section className="panel card-gap" aria-labelledby="intake-reporter">
          <h2 className="panel-title" id="intake-reporter">
            {t('cases.reporter')}
          </h2>
          <Form.Item name="anonymous" valuePropName="checked">
            <Checkbox>{t('cases.intake.anonymous')}</Checkbox>
          </Form.Item>
          <Row gutter={16}>
            {!anonymous && (
              <>
                <Col xs={24} md={8}>
                  <Form.Item name={['reporter', 'fullName']} label={t('cases.intake.reporterName')}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item name={['reporter', 'phone']} label={t('cases.intake.reporterPhone')}>
                    <Input inputMode="tel" />
                  </Form.Item>
                </Col>
              </>
            )}
            <Col xs={24} md={8}>
              <Form.Item name={['reporter', 'relation']} label={t('cases.intake.reporterRelation')}>
                <Input />
              </Form.Item>
            </Col>
            {!anonymous && (
              <Col xs={24}>
                <Form.Item name={['reporter', 'address']} label={t('cases.intake.reporterAddress')}>
                  <Input />
                </Form.Item>
              </Col>
            )}
          </Row>
        </section>

        <section className="panel card-gap" aria-labelledby="intake-family">
          <h2 className="panel-title" id="intake-family">
            {t('cases.intake.family')}
          </h2>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item name="childCondition" label={t('cases.childCondition')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="likelyHarm" label={t('cases.likelyHarm')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
            {(['father', 'mother'] as const).map((who) => (
              <Col xs={24} md={12} key={who}>
                <fieldset className="form-group">
                  <legend>{t(`cases.${who}`)}</legend>
                  <Row gutter={8}>
                    <Col xs={24} md={12}>
                      <Form.Item name={[who, 'fullName']} label={t('cases.intake.parentName')}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col xs={8} md={4}>
                      <Form.Item name={[who, 'age']} label={t('cases.intake.parentAge')}>
                        <InputNumber min={10} max={120} className="full-width" />
                      </Form.Item>
                    </Col>
                    <Col xs={16} md={8}>
                      <Form.Item name={[who, 'occupation']} label={t('cases.intake.parentJob')}>
                        <Input />
                      </Form.Item>
                    </Col>
                  </Row>
                </fieldset>
              </Col>
            ))}
            <Col xs={24} md={12}>
              <Form.Item name="familySituation" label={t('cases.familySituation')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="caregiver" label={t('cases.caregiver')}>
                <Input />
              </Form.Item>
            </Col>
            <Col xs={24}>
              <Form.Item name="actionsTaken" label={t('cases.actionsTaken')}>
                <Input.TextArea rows={2} />
              </Form.Item>
            </Col>
          </Row>
        </section>

        <Space className="form-actions">
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('cases.intake.submit')}
          </Button>
        </Space>
      </Form>
    </Space>
  );
}

/** A child not in the registry yet: what the reporter knows (a sex unknown, an age guessed). */
function NewChildFields(props: {
  name: number;
  index: number;
  communeOptions: { value: string; label: string }[];
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const form = Form.useFormInstance<IntakeValues>();
  const precision = Form.useWatch(['newChildren', props.name, 'dobPrecision'], form);
  const required = (label: string) => [
    { required: true, message: t('form.required', { field: label }) },
  ];
  const legend = t('cases.intake.newChildN', { n: props.index + 1 });
  return (
    <fieldset className="form-group">
      <legend>{legend}</legend>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name={[props.name, 'fullName']}
            label={t('child.fullName')}
            rules={required(t('child.fullName'))}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[props.name, 'dobPrecision']} label={t('child.dobPrecision')}>
            <Select
              options={(['exact', 'year', 'estimated'] as const).map((value) => ({
                value,
                label: t(`dobPrecision.${value}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          {precision === 'exact' ? (
            <Form.Item
              name={[props.name, 'dateOfBirth']}
              label={t('child.dateOfBirth')}
              rules={required(t('child.dateOfBirth'))}
            >
              <DatePicker
                format="DD/MM/YYYY"
                className="full-width"
                placeholder={t('form.datePlaceholder')}
              />
            </Form.Item>
          ) : (
            <Form.Item
              name={[props.name, 'birthYear']}
              label={t('cases.intake.birthYear')}
              rules={required(t('cases.intake.birthYear'))}
            >
              <InputNumber min={1990} max={dayjs().year()} className="full-width" />
            </Form.Item>
          )}
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name={[props.name, 'sex']} label={t('child.sex')}>
            <Select
              options={(['male', 'female', 'unknown'] as const).map((sex) => ({
                value: sex,
                label: t(SEX_LABEL[sex]),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item
            name={[props.name, 'communeCode']}
            label={t('child.commune')}
            rules={required(t('child.commune'))}
          >
            <Select showSearch={{ optionFilterProp: 'label' }} options={props.communeOptions} />
          </Form.Item>
        </Col>
      </Row>
      <Button
        icon={<MinusCircleOutlined aria-hidden />}
        aria-label={t('form.removeItem', { item: legend })}
        onClick={props.onRemove}
      >
        {t('form.remove')}
      </Button>
    </fieldset>
  );
}
