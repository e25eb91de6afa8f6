import { LeftOutlined, RightOutlined, VerticalRightOutlined } from '@ant-design/icons';
import { Button, Select, Space, Typography } from 'antd';
import { useT } from '../i18n/locale';
import { PAGE_SIZES, type CursorPagination } from './useCursorPagination';

type Props = {
  pagination: CursorPagination;
  totalCount: number | undefined;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  loading?: boolean;
};

/** Previous / next paging over a Relay connection, with the total. */
export function CursorPager({ pagination, totalCount, hasNextPage, endCursor, loading }: Props) {
  const t = useT();
  const pages = totalCount == null ? undefined : Math.max(1, Math.ceil(totalCount / pagination.pageSize));
  return (
    <Space wrap style={{ marginTop: 16, justifyContent: 'flex-end', width: '100%' }} aria-label={t('分页', 'Paging')}>
      <Typography.Text type="secondary">
        {totalCount == null
          ? ''
          : t(`共 ${totalCount} 条 · 第 ${pagination.page} / ${pages} 页`, `${totalCount} in all · page ${pagination.page} of ${pages}`)}
      </Typography.Text>
      <Button size="small" icon={<VerticalRightOutlined />} disabled={pagination.page === 1 || loading} onClick={pagination.firstPage}>
        {t('首页', 'First')}
      </Button>
      <Button size="small" icon={<LeftOutlined />} disabled={pagination.page === 1 || loading} onClick={pagination.previous}>
        {t('上一页', 'Previous')}
      </Button>
      <Button size="small" disabled={!hasNextPage || loading} onClick={() => pagination.next(endCursor)}>
        {t('下一页', 'Next')} <RightOutlined />
      </Button>
      <Select
        size="small"
        value={pagination.pageSize}
        onChange={pagination.setPageSize}
        aria-label={t('每页条数', 'Rows per page')}
        options={PAGE_SIZES.map((n) => ({ value: n, label: t(`${n} 条/页`, `${n} / page`) }))}
      />
    </Space>
  );
}
