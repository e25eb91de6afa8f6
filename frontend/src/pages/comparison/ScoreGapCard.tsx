import { Button, Card, Typography } from 'antd';
import { useQuery } from 'urql';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useT } from '../../i18n/locale';
import type { GapSort } from './gapSort';
import { ScoreGapTable } from './ScoreGapTable';
import { SelfFinanceGapsQuery } from './selfFinanceGapsQuery';

type Props = {
  fiscalYear: number;
  region?: string;
  shown: boolean;
  onShownChange: (shown: boolean) => void;
  sort: GapSort;
  onSortChange: (sort: GapSort) => void;
  /** Holds the query back until the page's own figures are in. */
  pause?: boolean;
};

/** 自评与财政评价 on the comparison page: asked for only while shown. */
export function ScoreGapCard({ fiscalYear, region, shown, onShownChange, sort, onSortChange, pause }: Props) {
  const t = useT();
  const [{ data, fetching, error }] = useQuery({ query: SelfFinanceGapsQuery, variables: { fiscalYear, region: region ?? null }, pause: pause || !shown });
  return (
    <Card
      size="small"
      title={t('自评与财政评价', 'Self-evaluation vs finance evaluation')}
      data-testid="gaps"
      extra={
        <Button size="small" aria-expanded={shown} aria-controls="score-gaps" onClick={() => onShownChange(!shown)} data-testid="gaps-toggle">
          {shown ? t('收起', 'Hide') : t('展开', 'Show')}
        </Button>
      }
    >
      <div id="score-gaps" hidden={!shown}>
        {shown && (
          <>
            <Typography.Paragraph type="secondary">
              {t(
                '同一项目同一年度既有单位自评又有财政评价时，按部门的平均差值（自评 − 财政评价）排名；自评明显高于财政评价的部门标为“自评虚高”。点击行首可展开各项目。',
                "Where a project has both a self-evaluation and finance's evaluation in the year, departments are ranked by the mean gap (self − finance); departments whose self-scores run well above finance's are marked “Self-scores inflated”. Expand a row for its projects.",
              )}
            </Typography.Paragraph>
            <ErrorAlert error={error} />
            <ScoreGapTable rows={data?.selfFinanceGaps ?? []} loading={(fetching || !!pause) && !data} sort={sort} onSortChange={onSortChange} />
          </>
        )}
      </div>
    </Card>
  );
}
