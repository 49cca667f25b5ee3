import { ClearOutlined, DiffOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { useI18n } from '../i18n';
import { useAuth } from './auth';
import { LanguageSwitch } from './LanguageSwitch';
import { NetworkBanner } from './NetworkBanner';

/** The frame of every signed-in screen: the app's name, navigation, language, bell, account. */
export default function Shell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { state, signOut, can } = useAuth();
  const location = useLocation();
  const me = state.status === 'signed-in' ? state.me : null;
  const items = [
    can('children:read') && {
      key: '/children',
      icon: <TeamOutlined aria-hidden />,
      label: <Link to="/children">{t('nav.children')}</Link>,
    },
    can('children:read') && {
      key: '/children/data-quality',
      icon: <ClearOutlined aria-hidden />,
      label: <Link to="/children/data-quality">{t('nav.dataQuality')}</Link>,
    },
    can('children:read') && {
      key: '/children/duplicates',
      icon: <DiffOutlined aria-hidden />,
      label: <Link to="/children/duplicates">{t('nav.duplicates')}</Link>,
    },
  ].filter((item) => !!item);
  // The item of the longest path the page is under (the worklist is under the children's too).
  const selected = items
    .filter((item) => location.pathname.startsWith(item.key))
    .sort((a, b) => b.key.length - a.key.length)[0]?.key;

  return (
    <Layout className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="shell-header">
        <Link to="/children" className="shell-brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.menu')} className="shell-nav">
          <Menu
            mode="horizontal"
            theme="dark"
            selectedKeys={selected ? [selected] : []}
            items={items}
            disabledOverflow
          />
        </nav>
        <Space className="shell-tools" size="middle" wrap>
          <NotificationBell />
          <LanguageSwitch />
          {me && (
            <Typography.Text className="shell-user" ellipsis>
              {me.fullName ?? me.username}
            </Typography.Text>
          )}
          <Button size="small" onClick={() => void signOut()}>
            {t('nav.signOut')}
          </Button>
        </Space>
      </Layout.Header>
      <NetworkBanner />
      <Layout.Content id="main" className="shell-main" tabIndex={-1}>
        {children}
      </Layout.Content>
    </Layout>
  );
}
