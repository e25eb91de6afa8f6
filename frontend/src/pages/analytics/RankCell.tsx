import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Tooltip } from 'antd';
import { useT } from '../../i18n/locale';

/** A rank with its change against the previous year (a smaller rank is better). */
export function RankCell({ rank, change }: { rank: number; change: number | null }) {
  const t = useT();
  if (!change) return <span>{rank}</span>;
  const better = change < 0;
  return (
    <Tooltip title={t(`比上年${better ? '上升' : '下降'} ${Math.abs(change)} 位`, `${Math.abs(change)} place(s) ${better ? 'up' : 'down'} on last year`)}>
      <span>
        {rank}{' '}
        <span style={{ color: better ? '#389e0d' : '#cf1322', fontSize: 12 }}>
          {better ? <ArrowUpOutlined /> : <ArrowDownOutlined />}
          {Math.abs(change)}
        </span>
      </span>
    </Tooltip>
  );
}
