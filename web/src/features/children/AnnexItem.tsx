import '../../i18n/vi-record';
import { Button, Popconfirm, Space, Typography } from 'antd';
import { useI18n } from '../../i18n';

/**
 * One thing kept beside the child's record (a support, an injury): its name, its details, and for
 * whom may change the record a remove button that asks first.
 */
export function AnnexItem(props: {
  name: string;
  details: (string | null | undefined)[];
  removeConfirm: string;
  onRemove?: () => void;
}) {
  const { t } = useI18n();
  return (
    <li className="support">
      <Space wrap align="baseline">
        <Typography.Text strong>{props.name}</Typography.Text>
        <Typography.Text>{props.details.filter(Boolean).join(' · ')}</Typography.Text>
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
    </li>
  );
}
