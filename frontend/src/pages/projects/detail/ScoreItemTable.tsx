import { Table } from 'antd';
import { formatDecimal } from '../../../format/decimal';
import type { ScoreItemMethod } from '../../../gql/graphql';
import { useEnumLabel } from '../../../i18n/useEnumLabel';
import { useLocale, useT } from '../../../i18n/locale';
import { scoreItemTree } from './scoreItemTree';

export type ScoreItemRow = {
  id: string;
  parentID?: string | null;
  name: string;
  weight: string;
  method: ScoreItemMethod;
  score?: string | null;
  explanation?: string | null;
  explanationEn?: string | null;
};

/** The scored items of an evaluation as a tree, each with the explanation of how its score was computed. */
export function ScoreItemTable({ items }: { items: ScoreItemRow[] }) {
  const t = useT();
  const { locale } = useLocale();
  const label = useEnumLabel();
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={scoreItemTree(items)}
      expandable={{ defaultExpandAllRows: true }}
      columns={[
        { title: t('评分项', 'Item'), dataIndex: 'name' },
        { title: t('分值', 'Points'), dataIndex: 'weight', width: 70, align: 'right', render: (v: string) => formatDecimal(v, { trim: true }) },
        { title: t('得分', 'Score'), dataIndex: 'score', width: 70, align: 'right', render: (v: string | null) => formatDecimal(v) },
        { title: t('评分方法', 'Method'), dataIndex: 'method', width: 110, render: (v: string) => label('ScoreItemMethod', v) },
        {
          title: t('得分说明', 'How it was scored'),
          key: 'explanation',
          render: (_, r: ScoreItemRow) => <span style={{ whiteSpace: 'pre-wrap' }}>{(locale === 'en' ? r.explanationEn || r.explanation : r.explanation) ?? '—'}</span>,
        },
      ]}
    />
  );
}
