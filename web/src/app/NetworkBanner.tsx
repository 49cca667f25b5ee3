import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useSyncExternalStore } from 'react';
import { useI18n } from '../i18n';

/** Shown while the browser is offline; queries pause and resume by themselves when it is back. */
export function NetworkBanner() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const online = useSyncExternalStore(
    (listener) => onlineManager.subscribe(listener),
    () => onlineManager.isOnline(),
  );
  if (online) return null;
  return (
    <Alert
      role="alert"
      type="warning"
      showIcon
      banner
      title={t('network.offline')}
      action={
        <Button size="small" onClick={() => void queryClient.refetchQueries({ type: 'active' })}>
          {t('network.retry')}
        </Button>
      }
    />
  );
}
