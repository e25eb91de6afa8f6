import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Skeleton, Space, Tag, Typography } from 'antd';
import { useT } from '../../i18n/locale';
import { reviewCheckName } from './reviewCheckNames';

export type ReviewCheckRow = { code: string; passed: boolean; severity: string; message: string };

/** Counts of failed checks: errors stop an approval in practice, warnings are for the reviewer's judgement. */
export function failedChecks(checks: ReadonlyArray<Pick<ReviewCheckRow, 'passed' | 'severity'>>) {
  const failed = checks.filter((c) => !c.passed);
  return { errors: failed.filter((c) => c.severity === 'ERROR').length, warnings: failed.filter((c) => c.severity !== 'ERROR').length };
}

/** The automatic review checks the server ran on a target (Target.reviewChecks), failed ones first. */
export function ReviewChecksList({ checks, loading }: { checks: ReadonlyArray<ReviewCheckRow>; loading?: boolean }) {
  const t = useT();
  const sorted = [...checks].sort((a, b) => Number(a.passed) - Number(b.passed) || (a.severity === 'ERROR' ? -1 : 1) - (b.severity === 'ERROR' ? -1 : 1));
  const { errors, warnings } = failedChecks(checks);
  return (
    <div data-testid="review-checks">
      <Typography.Paragraph type={errors > 0 ? 'danger' : warnings > 0 ? 'warning' : 'success'} style={{ marginBottom: 8 }}>
        {errors === 0 && warnings === 0
          ? t(`全部 ${checks.length} 项检查通过`, `All ${checks.length} checks passed`)
          : t(`${errors} 项未通过，${warnings} 项需注意`, `${errors} failed, ${warnings} to note`)}
      </Typography.Paragraph>
      {loading && checks.length === 0 && <Skeleton active paragraph={{ rows: 3 }} />}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {sorted.map((c) => (
          <li key={c.code} data-check={c.code} data-passed={c.passed} style={{ display: 'flex', alignItems: 'flex-start', gap: 8, padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}>
            <span style={{ paddingTop: 2 }}>
              {c.passed ? (
                <CheckCircleFilled style={{ color: '#237804' }} aria-label={t('通过', 'passed')} />
              ) : c.severity === 'ERROR' ? (
                <CloseCircleFilled style={{ color: '#b91c1c' }} aria-label={t('未通过', 'failed')} />
              ) : (
                <ExclamationCircleFilled style={{ color: '#ad4e00' }} aria-label={t('需注意', 'to note')} />
              )}
            </span>
            <div style={{ flex: 1, minWidth: 0 }}>
              <div>{c.message}</div>
              <Space size={4} wrap>
                {!c.passed && <Tag color={c.severity === 'ERROR' ? 'red' : 'gold'}>{c.severity === 'ERROR' ? t('必须满足', 'required') : t('提示', 'advice')}</Tag>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {reviewCheckName(c.code, t) ? `${reviewCheckName(c.code, t)}（${c.code}）` : c.code}
                </Typography.Text>
              </Space>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
