import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CalendarOutlined,
  ClearOutlined,
  DiffOutlined,
  FolderOpenOutlined,
  FormOutlined,
  HistoryOutlined,
  InboxOutlined,
  KeyOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SwapOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Button, Layout, Space } from 'antd';
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
      path: '/children',
      icon: <TeamOutlined aria-hidden />,
      label: t('nav.children'),
    },
    can('children:read') && {
      path: '/children/data-quality',
      icon: <ClearOutlined aria-hidden />,
      label: t('nav.dataQuality'),
    },
    can('children:verify') && {
      path: '/children/verification',
      icon: <SafetyCertificateOutlined aria-hidden />,
      label: t('nav.verification'),
    },
    can('children:verify') && {
      path: '/children/population-changes',
      icon: <SwapOutlined aria-hidden />,
      label: t('nav.changes'),
    },
    can('personal-data:requests') && {
      path: '/children/correction-requests',
      icon: <FormOutlined aria-hidden />,
      label: t('nav.corrections'),
    },
    can('children:read') && {
      path: '/children/duplicates',
      icon: <DiffOutlined aria-hidden />,
      label: t('nav.duplicates'),
    },
    can('cases:read') && {
      path: '/cases',
      icon: <FolderOpenOutlined aria-hidden />,
      label: t('cases.nav'),
    },
    can('cases:approve') && {
      path: '/approvals',
      icon: <AuditOutlined aria-hidden />,
      label: t('nav.approvals'),
    },
    can('referrals:receive') && {
      path: '/inbox',
      icon: <InboxOutlined aria-hidden />,
      label: t('nav.inbox'),
    },
    can('reports:aggregate') && {
      path: '/dashboard',
      icon: <BarChartOutlined aria-hidden />,
      label: t('nav.dashboard'),
    },
    can('users:manage') && {
      path: '/admin/users',
      icon: <UserOutlined aria-hidden />,
      label: t('nav.admin.users'),
    },
    can('organizations:manage') && {
      path: '/admin/organizations',
      icon: <ApartmentOutlined aria-hidden />,
      label: t('nav.admin.organizations'),
    },
    can('api-keys:manage') && {
      path: '/admin/api-keys',
      icon: <KeyOutlined aria-hidden />,
      label: t('nav.admin.apiKeys'),
    },
    can('calendar:manage') && {
      path: '/admin/calendar',
      icon: <CalendarOutlined aria-hidden />,
      label: t('nav.admin.calendar'),
    },
    can('privacy:manage') && {
      path: '/admin/retention',
      icon: <HistoryOutlined aria-hidden />,
      label: t('nav.admin.retention'),
    },
    can('privacy:manage') && {
      path: '/admin/register',
      icon: <ProfileOutlined aria-hidden />,
      label: t('nav.admin.register'),
    },
    can('audit:read') && {
      path: '/admin/audit',
      icon: <AuditOutlined aria-hidden />,
      label: t('nav.admin.audit'),
    },
  ].filter((item) => !!item);
  // The item of the longest path the page is under (the worklist is under the children's too).
  const current = items
    .filter((item) => location.pathname.startsWith(item.path))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;

  return (
    <Layout className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="shell-header">
        <Link to="/" className="shell-brand">
          {t('app.name')}
        </Link>
        {/* Site navigation is a list of links (not an ARIA menu), the current page marked. */}
        <nav aria-label={t('nav.menu')} className="shell-nav">
          <ul>
            {items.map((item) => (
              <li key={item.path}>
                <Link to={item.path} aria-current={item.path === current ? 'page' : undefined}>
                  {item.icon} {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Space className="shell-tools" size="middle" wrap>
          <NotificationBell />
          <LanguageSwitch />
          {me && (
            <span className="shell-user" title={me.fullName ?? me.username}>
              {me.fullName ?? me.username}
            </span>
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
