import { Pagination } from 'antd';
import { useT } from '../i18n/locale';
import { PAGE_SIZE_OPTIONS, type PagedList } from './usePagedQuery';

/** Page numbers with jump, page size and the total, over a list paged by usePagedQuery. */
export function PageNumbers({ list }: { list: Pick<PagedList, 'page' | 'pageSize' | 'totalCount' | 'setPage' | 'fetching'> }) {
  const t = useT();
  return (
    <nav aria-label={t('分页', 'Paging')} className="no-print" style={{ marginTop: 16, display: 'flex', justifyContent: 'flex-end' }}>
      <Pagination
        current={list.page}
        pageSize={list.pageSize}
        total={list.totalCount ?? 0}
        disabled={list.totalCount == null}
        showSizeChanger
        showQuickJumper
        pageSizeOptions={PAGE_SIZE_OPTIONS.map(String)}
        showTotal={(total) => t(`共 ${total} 条`, `${total} in all`)}
        onChange={(page, size) => list.setPage(page, size)}
      />
    </nav>
  );
}
