import { Pagination } from 'antd';
import { useT } from '../i18n/locale';
import { PAGE_SIZE_OPTIONS, type PagedList } from './usePagedQuery';

/**
 * Page numbers with jump, page size and the total, over a list paged by usePagedQuery.
 * The total is shown once the server has counted: "共 0 条" while the first page loads would say the list is empty.
 */
export function PageNumbers({ list }: { list: Pick<PagedList, 'page' | 'pageSize' | 'totalCount' | 'setPage' | 'fetching'> }) {
  const t = useT();
  const counted = list.totalCount != null;
  return (
    <nav aria-label={t('分页', 'Paging')} aria-busy={!counted} className="no-print" style={{ marginTop: 16, display: 'flex', justifyContent: 'flex-end' }}>
      <Pagination
        current={list.page}
        pageSize={list.pageSize}
        total={list.totalCount ?? 0}
        disabled={!counted}
        showSizeChanger
        showQuickJumper
        pageSizeOptions={PAGE_SIZE_OPTIONS.map(String)}
        showTotal={counted ? (total) => t(`共 ${total} 条`, `${total} in all`) : undefined}
        onChange={(page, size) => list.setPage(page, size)}
      />
    </nav>
  );
}
