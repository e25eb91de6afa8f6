import { App, Button, Popconfirm } from 'antd';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../api/describeError';
import { useLocale, useT } from '../../i18n/locale';
import { AdjustTargetMutation } from './targetOperations';

/** Opens an adjustment of an approved target: a new version to edit and resubmit; the approved one stays in force meanwhile. */
export function AdjustTargetButton({ id, lockVersion }: { id: string; lockVersion: number }) {
  const t = useT();
  const { locale } = useLocale();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const [{ fetching }, adjust] = useMutation(AdjustTargetMutation);
  return (
    <Popconfirm
      title={t('调整已批复的目标？', 'Adjust the approved target?')}
      description={t('将生成一个新版本供修改并重新提交；新版本批复前，原版本继续有效。', 'A new version is made to edit and resubmit; the approved one stays in force until it is approved.')}
      okText={t('生成新版本', 'Make a new version')}
      cancelText={t('取消', 'Cancel')}
      onConfirm={async () => {
        const result = await adjust({ id, lockVersion });
        if (result.error || !result.data) {
          const d = describeError(result.error!, locale);
          modal.error({ title: d.title, content: d.details.join('\n') });
          return;
        }
        navigate(`/targets/${result.data.adjustTarget.id}/edit`);
      }}
    >
      <Button loading={fetching}>{t('调整目标', 'Adjust')}</Button>
    </Popconfirm>
  );
}
