import { App, Button, Input, Modal, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { describeError } from '../../api/describeError';
import { EnumTag } from '../../components/EnumTag';
import { formatDate, formatYearMonth } from '../../format/date';
import type { RectificationFieldsFragment } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/useEnumLabel';
import { useLocale, useT } from '../../i18n/locale';
import { CompleteRectificationMutation, StartRectificationMutation } from './rectificationOperations';

type Props = {
  rows: RectificationFieldsFragment[];
  loading?: boolean;
  onChanged: () => void;
  showSource?: boolean;
  /** Paging of a long list (the ledger); none by default. */
  pagination?: TableProps<RectificationFieldsFragment>['pagination'];
};

/** Rectifications (整改) with their deadline and derived overdue flag; start and complete them (a completion note is required). */
export function RectificationTable({ rows, loading, onChanged, showSource = true, pagination = false }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [, start] = useMutation(StartRectificationMutation);
  const [, complete] = useMutation(CompleteRectificationMutation);
  const [dialog, setDialog] = useState<{ row: RectificationFieldsFragment; action: 'start' | 'complete' } | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const [sending, setSending] = useState(false);

  // What the viewer may do with each row is the server's rule (Rectification.viewerActions).
  const mayAct = rows.some((r) => r.viewerActions.length > 0);

  async function confirm() {
    if (!dialog) return;
    if (dialog.action === 'complete' && !note.trim()) {
      setNoteError(t('请说明整改完成情况', 'Say what was done'));
      return;
    }
    setSending(true);
    const vars = { id: dialog.row.id, lockVersion: dialog.row.lockVersion };
    const result = dialog.action === 'start' ? await start({ ...vars, note: note.trim() || null }) : await complete({ ...vars, note: note.trim() });
    setSending(false);
    if (result.error) {
      const d = describeError(result.error, locale);
      setNoteError([d.title, ...d.details].join(' '));
      return;
    }
    message.success(dialog.action === 'start' ? t('已开始整改', 'Started') : t('整改已完成', 'Completed'));
    setDialog(null);
    setNote('');
    onChanged();
  }

  return (
    <>
      <Table
        rowKey="id"
        size="middle"
        loading={loading}
        pagination={pagination}
        dataSource={rows}
        scroll={{ x: 960 }}
        rowClassName={(r) => (r.overdue ? 'row-overdue' : '')}
        columns={[
          ...(showSource
            ? [
                {
                  title: t('来源', 'Source'),
                  key: 'source',
                  render: (_: unknown, r: RectificationFieldsFragment) =>
                    r.evaluation
                      ? `${label('EvaluationKind', r.evaluation.kind)} ${r.evaluation.fiscalYear}`
                      : r.monitoring
                        ? `${t('监控', 'Monitoring')} ${formatYearMonth(r.monitoring.fiscalYear, r.monitoring.month, locale)}`
                        : '—',
                },
              ]
            : []),
          { title: t('问题', 'Problem'), dataIndex: 'problem' },
          { title: t('整改要求', 'Required action'), dataIndex: 'requiredAction' },
          { title: t('责任单位', 'Responsible'), key: 'department', render: (_, r) => r.department.name },
          {
            title: t('整改期限', 'Deadline'),
            dataIndex: 'deadline',
            render: (v: string, r) => (
              <>
                {formatDate(v)}
                {r.overdue && (
                  <Tag color="red" style={{ marginLeft: 8 }}>
                    {t('已逾期', 'Overdue')}
                  </Tag>
                )}
              </>
            ),
          },
          { title: t('状态', 'Status'), dataIndex: 'status', render: (v: string) => <EnumTag enumName="RectificationStatus" value={v} /> },
          { title: t('完成情况', 'Completion'), key: 'done', render: (_, r) => (r.completedAt ? `${formatDate(r.completedAt)} ${r.completionNote ?? ''}` : r.completionNote ?? '—') },
          ...(mayAct
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 170,
                  render: (_: unknown, r: RectificationFieldsFragment) => (
                    <Space>
                      {r.viewerActions.includes('START') && (
                        <Button size="small" onClick={() => setDialog({ row: r, action: 'start' })}>
                          {t('开始整改', 'Start')}
                        </Button>
                      )}
                      {r.viewerActions.includes('COMPLETE') && (
                        <Button size="small" type="primary" onClick={() => setDialog({ row: r, action: 'complete' })}>
                          {t('完成整改', 'Complete')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={dialog != null}
        title={dialog?.action === 'start' ? t('开始整改', 'Start the rectification') : t('完成整改', 'Complete the rectification')}
        okText={dialog?.action === 'start' ? t('开始', 'Start') : t('完成', 'Complete')}
        okButtonProps={{ loading: sending }}
        cancelText={t('取消', 'Cancel')}
        onCancel={() => {
          setDialog(null);
          setNoteError(undefined);
        }}
        onOk={confirm}
      >
        <Typography.Paragraph type="secondary">{dialog?.row.problem}</Typography.Paragraph>
        <Input.TextArea
          rows={4}
          maxLength={2000}
          value={note}
          status={noteError ? 'error' : undefined}
          aria-label={dialog?.action === 'start' ? t('进展说明', 'Progress note') : t('完成情况', 'What was done')}
          placeholder={dialog?.action === 'start' ? t('进展说明（可不填）', 'Progress note (optional)') : t('完成情况（必填）', 'What was done (required)')}
          onChange={(e) => {
            setNote(e.target.value);
            setNoteError(undefined);
          }}
        />
        {noteError && <Typography.Text type="danger">{noteError}</Typography.Text>}
      </Modal>
    </>
  );
}
