import { Skeleton } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useT } from '../i18n/locale';
import { chartTable } from './chartTable';
import type { EChartProps } from './chartTypes';
import { whenIdle } from './whenIdle';

const EChart = lazy(() => import('./EChart'));

/** False until the browser is idle after the first paint: ECharts (200 KB gz, the largest script) waits until the figures beside it are shown. */
function useIdleAfterMount(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true)), []);
  return idle;
}

function ChartPlaceholder({ height = 300 }: { height?: number }) {
  return <Skeleton.Node active style={{ width: '100%', height }} />;
}

/**
 * A chart whose ECharts code is fetched on first use, once the page is
 * idle (after the figures have painted), with its data as a
 * table beneath it (折叠的“数据表”): the text alternative of the picture for
 * screen readers, keyboards and anyone who wants the figures.
 */
export function LazyEChart(props: EChartProps) {
  const t = useT();
  const idle = useIdleAfterMount();
  const table = chartTable(props.option, { category: t('项目', 'Item'), value: t('数值', 'Value'), series: t('系列', 'Series') });
  return (
    <figure style={{ margin: 0 }} aria-label={props.ariaLabel}>
      {idle ? (
        <Suspense fallback={<ChartPlaceholder height={props.height} />}>
          <EChart {...props} />
        </Suspense>
      ) : (
        <ChartPlaceholder height={props.height} />
      )}
      {table.rows.length > 0 && (
        <details className="chart-data">
          <summary>{t('数据表', 'Data table')}</summary>
          <table>
            <caption>{props.ariaLabel}</caption>
            <thead>
              <tr>
                {table.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r, i) => (
                <tr key={i}>
                  {r.map((v, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {v}
                      </th>
                    ) : (
                      <td key={j}>{v}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
