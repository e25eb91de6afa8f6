import { Card, Col, Row, Typography } from 'antd';
import type { CombinedError } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { CoverageFiguresFragment } from '../../gql/graphql';
import { useT } from '../../i18n/locale';
import { coverageRows, type Trend } from './coverageRows';

type Props = {
  fiscalYear: number;
  /** Names the scope in the title where the page does not already (the comparison page's region). */
  scope?: string;
  current?: CoverageFiguresFragment;
  previous?: CoverageFiguresFragment;
  loading?: boolean;
  error?: CombinedError;
};

// Dark enough for AA contrast on white; the words carry the meaning, the colour only repeats it.
const trendColour: Record<Trend, string | undefined> = { up: '#237804', down: '#a8071a', same: undefined };
const arrow: Record<Trend, string> = { up: '↑', down: '↓', same: '→' };

/**
 * 覆盖率: target, self-evaluation and key-evaluation coverage of a scope in a
 * year, each with last year's share and the change, all as plain text.
 */
export function CoverageCard({ fiscalYear, scope, current, previous, loading, error }: Props) {
  const t = useT();
  const rows = current ? coverageRows(current, previous, t) : [];
  return (
    <Card size="small" title={t(`覆盖率（${scope ? `${scope} · ` : ''}${fiscalYear} 年度）`, `Coverage (${scope ? `${scope} · ` : ''}FY ${fiscalYear})`)} loading={loading} data-testid="coverage">
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]}>
        {rows.map((row) => (
          <Col xs={24} md={8} key={row.key} data-testid={`coverage-${row.key}`}>
            <Typography.Text type="secondary">{row.label}</Typography.Text>
            <div style={{ fontSize: 24, lineHeight: 1.4 }} data-testid="share">
              {row.share}
            </div>
            <div data-testid="detail">{row.detail}</div>
            <div>
              {t(`上年（${fiscalYear - 1}）：`, `Last year (${fiscalYear - 1}): `)}
              <span data-testid="previous-share">{row.previousShare}</span>
            </div>
            {row.trend && (
              <div data-testid="trend" style={{ color: trendColour[row.trend.direction] }}>
                <span aria-hidden="true">{arrow[row.trend.direction]} </span>
                {row.trend.text}
              </div>
            )}
          </Col>
        ))}
      </Row>
    </Card>
  );
}
