import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, List, Popover, Typography } from 'antd';
import { api, call } from '../../api/client';
import { useI18n } from '../../i18n';

const UNREAD_SHOWN = 50;

/** The bell: how many notifications are unread, and the newest of them. Polled every 30 s. */
export function NotificationBell() {
  const { t, language, dateTime } = useI18n();
  const unread = useQuery({
    queryKey: ['notifications', 'unread', language],
    queryFn: () =>
      call(
        api.GET('/api/v1/notifications', {
          params: {
            query: { unread: true, limit: UNREAD_SHOWN },
            header: { 'accept-language': language },
          },
        }),
      ),
    refetchInterval: 30_000,
  });
  const items = unread.data?.items ?? [];
  const count = items.length;
  const label =
    count >= UNREAD_SHOWN && unread.data?.nextCursor ? `${UNREAD_SHOWN}+` : String(count);
  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={t('nav.notifications')}
      content={
        <List
          className="notification-list"
          size="small"
          dataSource={items.slice(0, 8)}
          locale={{ emptyText: t('common.none') }}
          renderItem={(item) => (
            <List.Item>
              <List.Item.Meta
                title={item.message}
                description={
                  <Typography.Text type="secondary">{dateTime(item.createdAt)}</Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      }
    >
      <Button
        type="text"
        className="shell-bell"
        aria-label={t('nav.notificationsUnread', { count: label })}
        icon={
          <Badge count={count} overflowCount={UNREAD_SHOWN - 1} size="small">
            <BellOutlined aria-hidden className="shell-bell-icon" />
          </Badge>
        }
      />
    </Popover>
  );
}
