import { UndoOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { Link, useLocation, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { useAuth } from '../../app/auth';
import { ErrorAlert } from '../../app/errors';
import { useI18n } from '../../i18n';

/**
 * What a record's page says about a merge it comes from, carried in the navigation's state (the
 * merge's id is what its undo needs): just merged, just undone, or opened by the URL of a record
 * merged into this one.
 */
export interface MergeNotice {
  merged?: { mergeId: string; name: string };
  undone?: { restoredId: string; name: string };
  redirected?: boolean;
}

export function MergeNoticeAlert() {
  const { t } = useI18n();
  const { can } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const notice = (location.state ?? {}) as MergeNotice;
  const undo = useMutation({
    mutationFn: (mergeId: string) =>
      call(
        api.POST('/api/v1/children/merges/{mergeId}/undo', {
          params: { path: { mergeId } },
        }),
      ),
    onSuccess: async ({ restored }) => {
      await queryClient.invalidateQueries({ queryKey: ['children'] });
      const next: MergeNotice = { undone: { restoredId: restored.id, name: restored.fullName } };
      void navigate(location.pathname, { replace: true, state: next });
    },
  });

  if (notice.merged) {
    const { mergeId, name } = notice.merged;
    return (
      <>
        <Alert
          type="success"
          showIcon
          role="status"
          title={t('merge.done', { name })}
          action={
            can('children:merge') && (
              <Button
                icon={<UndoOutlined aria-hidden />}
                loading={undo.isPending}
                onClick={() => undo.mutate(mergeId)}
              >
                {t('merge.undo')}
              </Button>
            )
          }
        />
        {undo.error && <ErrorAlert error={undo.error} />}
      </>
    );
  }
  if (notice.undone) {
    const { restoredId, name } = notice.undone;
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={t('merge.undone')}
        description={<Link to={`/children/${restoredId}`}>{t('pair.openRecord', { name })}</Link>}
      />
    );
  }
  if (notice.redirected) {
    return <Alert type="info" showIcon role="status" title={t('merge.redirected')} />;
  }
  return null;
}
