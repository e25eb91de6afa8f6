import { Card, Input, Select, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageTitle } from '../../components/PageTitle';
import { useCursorPagination } from '../../components/useCursorPagination';
import { subcategoriesOf } from '../../format/enumLabels';
import type { IndicatorCategory, IndicatorTemplateWhereInput, Sector, Subcategory } from '../../gql/graphql';
import { useEnumLabel, useEnumOptions } from '../../i18n/useEnumLabel';
import { useT } from '../../i18n/locale';
import { IndicatorTemplatesQuery } from './indicatorTemplatesQuery';

type Filters = { category?: IndicatorCategory; subcategory?: Subcategory; sector?: Sector | 'COMMON'; q?: string };

function templateWhere(f: Filters): IndicatorTemplateWhereInput {
  const where: IndicatorTemplateWhereInput = {};
  if (f.category) where.category = f.category;
  if (f.subcategory) where.subcategory = f.subcategory;
  if (f.sector === 'COMMON') where.sectorIsNil = true;
  else if (f.sector) where.sector = f.sector;
  if (f.q?.trim()) where.or = [{ nameContainsFold: f.q.trim() }, { definitionContainsFold: f.q.trim() }];
  return where;
}

export default function IndicatorLibraryPage() {
  const t = useT();
  const label = useEnumLabel();
  const categories = useEnumOptions('IndicatorCategory');
  const sectors = useEnumOptions('Sector');
  const [filters, setFilters] = useState<Filters>({});
  const where = useMemo(() => templateWhere(filters), [filters]);
  const pagination = useCursorPagination(JSON.stringify(where));
  const [{ data, fetching, error }] = useQuery({
    query: IndicatorTemplatesQuery,
    variables: { first: pagination.first, after: pagination.after, where, orderBy: { field: 'CODE', direction: 'ASC' } },
  });
  const connection = data?.indicatorTemplates;
  const rows = (connection?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const subOptions = (filters.category ? subcategoriesOf[filters.category] : Object.values(subcategoriesOf).flat()).map((s) => ({ value: s, label: label('Subcategory', s) }));

  return (
    <>
      <PageTitle title={t('指标库', 'Indicator library')} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Select<IndicatorCategory>
            allowClear
            placeholder={t('一级指标', 'Level 1')}
            aria-label={t('一级指标', 'Level 1')}
            style={{ width: 140 }}
            options={categories}
            value={filters.category}
            onChange={(category) => setFilters({ ...filters, category, subcategory: undefined })}
          />
          <Select<Subcategory>
            allowClear
            placeholder={t('二级指标', 'Level 2')}
            aria-label={t('二级指标', 'Level 2')}
            style={{ width: 170 }}
            options={subOptions}
            value={filters.subcategory}
            onChange={(subcategory) => setFilters({ ...filters, subcategory })}
          />
          <Select<Sector | 'COMMON'>
            allowClear
            placeholder={t('全部（共性与个性）', 'All (common and sector)')}
            aria-label={t('领域', 'Sector')}
            style={{ width: 190 }}
            options={[{ value: 'COMMON', label: t('共性指标', 'Common indicators') }, ...sectors]}
            value={filters.sector}
            onChange={(sector) => setFilters({ ...filters, sector })}
          />
          <Input.Search allowClear placeholder={t('指标名称或解释', 'Name or definition')} onSearch={(q) => setFilters({ ...filters, q })} style={{ width: 220 }} />
        </Space>
        <ErrorAlert error={error} />
        <Table
          rowKey="id"
          size="middle"
          loading={fetching}
          pagination={false}
          dataSource={rows}
          scroll={{ x: 1000 }}
          columns={[
            { title: t('编码', 'Code'), dataIndex: 'code', width: 110 },
            { title: t('一级指标', 'Level 1'), dataIndex: 'category', width: 100, render: (v: string) => label('IndicatorCategory', v) },
            { title: t('二级指标', 'Level 2'), dataIndex: 'subcategory', width: 140, render: (v: string) => label('Subcategory', v) },
            { title: t('三级指标', 'Indicator'), dataIndex: 'name' },
            { title: t('比较符', 'Comparator'), dataIndex: 'comparator', width: 80, align: 'center', render: (v: string) => label('Comparator', v) },
            { title: t('计量单位', 'Unit'), dataIndex: 'unit', width: 90, render: (v: string | null) => v ?? '—' },
            { title: t('领域', 'Sector'), dataIndex: 'sector', width: 120, render: (v: string | null) => (v ? label('Sector', v) : <Tag>{t('共性', 'common')}</Tag>) },
            { title: t('指标解释', 'Definition'), dataIndex: 'definition', render: (v: string | null) => v ?? '—' },
            {
              title: t('关键词', 'Keywords'),
              dataIndex: 'keywords',
              render: (v: string[] | null) => (v ?? []).map((k) => <Tag key={k}>{k}</Tag>),
            },
          ]}
        />
        <CursorPager pagination={pagination} totalCount={connection?.totalCount} hasNextPage={connection?.pageInfo.hasNextPage ?? false} endCursor={connection?.pageInfo.endCursor} loading={fetching} />
      </Card>
    </>
  );
}
