import { App, Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeError } from '../../api/describeError';
import { useLocale, useT } from '../../i18n/locale';
import { ReopenEvaluationMutation } from './evaluationOperations';

/**
 * 撤回发布/重新打开: finance takes a published evaluation back to scoring.
 * A published result is public, so the reason is required and kept with the
 * evaluation (and in the audit log); the lock version guards against acting
 * on a page that is out of date.
 */
export function ReopenEvaluationButton({ id, lockVersion, onDone }: { id: string; lockVersion: number; onDone: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const [{ fetching }, reopen] = useMutation(ReopenEvaluationMutation);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();

  async function confirm() {
    if (!reason.trim()) {
      setReasonError(t('请写明重新打开的理由', 'Say why the evaluation is reopened'));
      return;
    }
    const result = await reopen({ id, lockVersion, reason: reason.trim() });
    if (result.error) {
      const d = describeError(result.error, locale);
      setReasonError(d.fieldErrors.reason ?? (d.details.join('；') || d.title));
      return;
    }
    setOpen(false);
    setReason('');
    message.success(t('已重新打开，评价回到评分中', 'Reopened: the evaluation is back in scoring'));
    onDone();
  }

  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('撤回发布/重新打开', 'Withdraw and reopen')}
      </Button>
      <Modal
        open={open}
        title={t('撤回已公开的评价结果并重新打开？', 'Withdraw the published result and reopen the evaluation?')}
        okText={t('重新打开', 'Reopen')}
        okButtonProps={{ danger: true, loading: fetching }}
        cancelText={t('取消', 'Cancel')}
        onCancel={() => setOpen(false)}
        onOk={confirm}
      >
        <Typography.Paragraph>
          {t('评价将回到“评分中”，公众不再看到该结果，须重新评分、提交、复核后再公开。理由随评价保存并记入审计日志。', 'The evaluation goes back to scoring and the public no longer sees the result; it must be scored, submitted, reviewed and published again. The reason is kept with the evaluation and in the audit log.')}
        </Typography.Paragraph>
        <Input.TextArea
          rows={4}
          value={reason}
          maxLength={2000}
          status={reasonError ? 'error' : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            setReasonError(undefined);
          }}
          aria-label={t('重新打开的理由', 'Reason for reopening')}
        />
        {reasonError && <Typography.Text type="danger">{reasonError}</Typography.Text>}
      </Modal>
    </>
  );
}
