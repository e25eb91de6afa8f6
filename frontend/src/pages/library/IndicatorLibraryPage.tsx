import { Card, Input, Select, Space, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { IndicatorTemplatesCursorAtQuery } from '../../components/cursorAtQueries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageNumbers } from '../../components/PageNumbers';
import { PageTitle } from '../../components/PageTitle';
import { usePagedQuery } from '../../components/usePagedQuery';
import { subcategoriesOf } from '../../format/enumLabels';
import type { IndicatorCategory, IndicatorTemplateOrderField, IndicatorTemplateWhereInput, OrderDirection, Sector, Subcategory } from '../../gql/graphql';
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

const TEMPLATE_ORDER = { field: 'CODE' as IndicatorTemplateOrderField, direction: 'ASC' as OrderDirection };

export default function IndicatorLibraryPage() {
  const t = useT();
  const label = useEnumLabel();
  const categories = useEnumOptions('IndicatorCategory');
  const sectors = useEnumOptions('Sector');
  // Every filter, the page and its size live in the URL (?category=&subcategory=&sector=&q=&page=&size=).
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    category: (params.get('category') as IndicatorCategory | null) ?? undefined,
    subcategory: (params.get('subcategory') as Subcategory | null) ?? undefined,
    sector: (params.get('sector') as Sector | 'COMMON' | null) ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const filterKey = JSON.stringify(filters);
  // filterKey stands for the filters: the where changes only when they do.
  const where = useMemo(() => templateWhere(filters), [filterKey]);
  const setFilters = (f: Filters) => {
    const next = new URLSearchParams(params);
    for (const key of ['category', 'subcategory', 'sector', 'q'] as const) {
      const value = f[key];
      if (value) next.set(key, value);
      else next.delete(key);
    }
    next.delete('page'); // a new filter starts at page 1
    setParams(next, { replace: true });
  };
  const list = usePagedQuery({
    query: IndicatorTemplatesQuery,
    variables: { where, orderBy: TEMPLATE_ORDER },
    connection: (d) => d.indicatorTemplates,
    cursorAt: IndicatorTemplatesCursorAtQuery,
    cursorOf: (d) => d.indicatorTemplatesCursorAt,
    cursorVariables: { where, orderBy: TEMPLATE_ORDER },
  });
  const { data, fetching, error } = list;
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
          <Input.Search
            allowClear
            placeholder={t('指标名称或解释', 'Name or definition')}
            aria-label={t('搜索指标', 'Search indicators')}
            defaultValue={filters.q}
            onSearch={(q) => setFilters({ ...filters, q: q.trim() })}
            style={{ width: 220 }}
          />
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
        <PageNumbers list={list} />
      </Card>
    </>
  );
}
