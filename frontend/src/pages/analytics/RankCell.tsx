import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useT } from '../../i18n/locale';

/**
 * A rank with its change against the previous year. The API's change.rank is
 * previous − current, so a positive change means the department moved up.
 */
export function RankCell({ rank, change }: { rank: number; change: number | null }) {
  const t = useT();
  if (!change) return <span>{rank}</span>;
  const up = change > 0;
  const words = t(`比上年${up ? '上升' : '下降'} ${Math.abs(change)} 位`, `${Math.abs(change)} place(s) ${up ? 'up' : 'down'} on last year`);
  return (
    <span title={words} data-rank-change={up ? 'up' : 'down'}>
      {rank}{' '}
      <span style={{ color: up ? '#237804' : '#a8071a', fontSize: 12 }}>
        {up ? <ArrowUpOutlined aria-hidden /> : <ArrowDownOutlined aria-hidden />}
        {Math.abs(change)}
        <span className="sr-only">{words}</span>
      </span>
    </span>
  );
}
