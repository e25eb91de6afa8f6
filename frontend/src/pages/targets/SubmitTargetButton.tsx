import { App, Button, Popconfirm } from 'antd';
import { useMutation } from 'urql';
import { describeError } from '../../api/describeError';
import { useLocale, useT } from '../../i18n/locale';
import { SubmitTargetMutation } from './targetOperations';

/** Sends a draft (or returned) target to finance for review, after a confirmation. */
export function SubmitTargetButton({ id, lockVersion, onDone, size = 'small' }: { id: string; lockVersion: number; onDone: () => void; size?: 'small' | 'middle' }) {
  const t = useT();
  const { locale } = useLocale();
  const { message, modal } = App.useApp();
  const [{ fetching }, submit] = useMutation(SubmitTargetMutation);
  return (
    <Popconfirm
      title={t('提交财政审核？', 'Submit for finance review?')}
      description={t('提交后在审核完成前不能再修改指标。', 'Indicators cannot be changed while the review is under way.')}
      okText={t('提交', 'Submit')}
      cancelText={t('取消', 'Cancel')}
      onConfirm={async () => {
        const result = await submit({ id, lockVersion });
        if (result.error) {
          const d = describeError(result.error, locale);
          modal.error({ title: d.title, content: d.details.join('\n') });
          return;
        }
        message.success(t('已提交审核', 'Submitted for review'));
        onDone();
      }}
    >
      <Button size={size} type="primary" loading={fetching}>
        {t('提交审核', 'Submit for review')}
      </Button>
    </Popconfirm>
  );
}
