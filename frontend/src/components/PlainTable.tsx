import { Empty, Spin } from 'antd';
import type { CSSProperties, Key, ReactNode } from 'react';
import { useT } from '../i18n/locale';

export type PlainColumn<Row> = {
  key: string;
  title: ReactNode;
  render: (row: Row) => ReactNode;
  align?: 'left' | 'right' | 'center';
  /** Attributes of each body cell (e.g. a data-testid). */
  cellProps?: Record<string, string>;
};

type Props<Row> = {
  rows: Row[];
  rowKey: (row: Row) => Key;
  columns: PlainColumn<Row>[];
  loading?: boolean;
  onRowClick?: (row: Row) => void;
  'aria-label'?: string;
};

/**
 * A small table that needs none of antd Table's machinery (no sorting,
 * paging, fixed columns or sideways scrolling): the same markup and classes
 * as an antd small table, so antd's stylesheet draws it the same and the
 * tests find the same rows (tr.ant-table-row), but nothing measured on mount.
 * antd's Table measures the scrollbar with a forced layout of the whole page
 * when it mounts, then renders again; on the cockpit that sat between the
 * answers and the first figures.
 */
export function PlainTable<Row>({ rows, rowKey, columns, loading = false, onRowClick, 'aria-label': ariaLabel }: Props<Row>) {
  const t = useT();
  const align = (c: PlainColumn<Row>): CSSProperties | undefined => (c.align && c.align !== 'left' ? { textAlign: c.align } : undefined);
  return (
    <div className="ant-table-css-var ant-table-wrapper">
      <Spin spinning={loading}>
        <div className="ant-table ant-table-small ant-table-css-var">
          <div className="ant-table-container">
            <div className="ant-table-content">
              <table style={{ tableLayout: 'auto' }} aria-label={ariaLabel}>
                <thead className="ant-table-thead">
                  <tr>
                    {columns.map((c) => (
                      <th key={c.key} className="ant-table-cell" scope="col" style={align(c)}>
                        {c.title}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="ant-table-tbody">
                  {rows.map((row) => (
                    <tr
                      key={rowKey(row)}
                      className="ant-table-row ant-table-row-level-0"
                      onClick={onRowClick && (() => onRowClick(row))}
                      style={onRowClick ? { cursor: 'pointer' } : undefined}
                    >
                      {columns.map((c) => (
                        <td key={c.key} className="ant-table-cell" style={align(c)} {...c.cellProps}>
                          {c.render(row)}
                        </td>
                      ))}
                    </tr>
                  ))}
                  {rows.length === 0 && (
                    <tr className="ant-table-placeholder">
                      <td className="ant-table-cell" colSpan={columns.length}>
                        {loading ? <div style={{ minHeight: 48 }} /> : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无数据', 'No data')} />}
                      </td>
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </Spin>
    </div>
  );
}
