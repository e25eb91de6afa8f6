import { App, Button, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeError } from '../../api/describeError';
import { formatDecimal } from '../../format/decimal';
import type { EvaluationAction, EvaluationFieldsFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import { ReopenEvaluationButton } from './ReopenEvaluationButton';
import { PublishEvaluationMutation, ReturnEvaluationMutation, ReviewEvaluationMutation, SubmitEvaluationMutation } from './evaluationOperations';

type Props = {
  evaluation: EvaluationFieldsFragment;
  pendingDrafts: number;
  onDone: () => void;
  /** Saves what is typed but not saved (the conclusions) before submitting; resolves to the lock version to submit with, or null to stop. */
  beforeSubmit?: () => Promise<number | null>;
};

/** Submit, review or return, publish, reopen: each after a confirmation, each offered only when the server lists it (Evaluation.viewerActions). */
export function EvaluationActions({ evaluation, pendingDrafts, onDone, beforeSubmit }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const { modal, message } = App.useApp();
  const [, submit] = useMutation(SubmitEvaluationMutation);
  const [, review] = useMutation(ReviewEvaluationMutation);
  const [, publish] = useMutation(PublishEvaluationMutation);
  const [{ fetching: returning }, giveBack] = useMutation(ReturnEvaluationMutation);
  const [returnOpen, setReturnOpen] = useState(false);
  const [comments, setComments] = useState('');
  const [commentsError, setCommentsError] = useState<string>();
  const vars = { id: evaluation.id, lockVersion: evaluation.lockVersion };

  const run = (title: string, content: string, ok: string, action: () => Promise<{ error?: import('urql').CombinedError } | null>, done: string, danger = false) =>
    modal.confirm({
      title,
      content,
      okText: ok,
      okButtonProps: { danger },
      cancelText: t('取消', 'Cancel'),
      onOk: async () => {
        const result = await action();
        if (result === null) return; // stopped before sending; the reason was shown
        if (result.error) {
          const d = describeError(result.error, locale);
          modal.error({ title: d.title, content: d.details.join('\n') });
          return;
        }
        message.success(done);
        onDone();
      },
    });

  const may = (action: EvaluationAction) => evaluation.viewerActions.includes(action);
  const buttons = [];
  if (may('SUBMIT')) {
    const ready = evaluation.totalScore != null && pendingDrafts === 0;
    buttons.push(
      <Button
        key="submit"
        type="primary"
        disabled={!ready}
        title={!ready ? t('请先保存评分并计算得分', 'Save the scores and compute first') : undefined}
        onClick={() =>
          run(
            t('提交评价？', 'Submit the evaluation?'),
            t(`总分 ${formatDecimal(evaluation.totalScore)}，等级“${label('Grade', evaluation.grade)}”。提交后评分不能再修改，由财政复核。`, `Total ${formatDecimal(evaluation.totalScore)}, grade ${label('Grade', evaluation.grade)}. Once submitted the scores are final and go to finance for review.`),
            t('提交', 'Submit'),
            async () => {
              const lockVersion = beforeSubmit ? await beforeSubmit() : evaluation.lockVersion;
              return lockVersion == null ? null : submit({ ...vars, lockVersion });
            },
            t('已提交', 'Submitted'),
          )
        }
      >
        {t('提交评价', 'Submit')}
      </Button>,
    );
  }
  if (may('REVIEW')) {
    buttons.push(
      <Button key="review" type="primary" onClick={() => run(t('复核通过？', 'Mark as reviewed?'), t('复核后可对外公开。', 'A reviewed evaluation can be published.'), t('复核通过', 'Reviewed'), () => review(vars), t('已复核', 'Reviewed'))}>
        {t('复核通过', 'Mark reviewed')}
      </Button>,
    );
  }
  if (may('RETURN')) {
    buttons.push(
      <Button key="return" danger onClick={() => setReturnOpen(true)}>
        {t('退回重评', 'Return for re-scoring')}
      </Button>,
    );
  }
  if (may('PUBLISH')) {
    buttons.push(
      <Button
        key="publish"
        type="primary"
        onClick={() => run(t('公开评价结果？', 'Publish the result?'), t('公开后公众可以查看评价结果；如需更正，财政须说明理由后重新打开。', 'The public will see the result; correcting it later needs finance to reopen it with a reason.'), t('公开', 'Publish'), () => publish(vars), t('已公开', 'Published'), true)}
      >
        {t('公开结果', 'Publish')}
      </Button>,
    );
  }

  if (may('REOPEN')) {
    buttons.push(<ReopenEvaluationButton key="reopen" id={evaluation.id} lockVersion={evaluation.lockVersion} onDone={onDone} />);
  }

  return (
    <>
      <Space>{buttons}</Space>
      <Modal
        open={returnOpen}
        title={t('退回评价重新打分', 'Return the evaluation for re-scoring')}
        okText={t('退回', 'Return')}
        okButtonProps={{ danger: true, loading: returning }}
        cancelText={t('取消', 'Cancel')}
        onCancel={() => setReturnOpen(false)}
        onOk={async () => {
          if (!comments.trim()) {
            setCommentsError(t('请写明退回理由', 'Say why it is returned'));
            return;
          }
          const result = await giveBack({ ...vars, comments: comments.trim() });
          if (result.error) {
            setCommentsError(describeError(result.error, locale).details.join('；') || describeError(result.error, locale).title);
            return;
          }
          setReturnOpen(false);
          setComments('');
          message.success(t('已退回', 'Returned'));
          onDone();
        }}
      >
        <Input.TextArea rows={4} value={comments} maxLength={2000} status={commentsError ? 'error' : undefined} onChange={(e) => { setComments(e.target.value); setCommentsError(undefined); }} aria-label={t('退回理由', 'Reason')} />
        {commentsError && <Typography.Text type="danger">{commentsError}</Typography.Text>}
      </Modal>
    </>
  );
}
