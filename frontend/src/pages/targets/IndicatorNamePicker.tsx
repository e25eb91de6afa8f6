import { AutoComplete, Input } from 'antd';
import { useQuery } from 'urql';
import type { Comparator, IndicatorTemplateWhereInput, Sector, Subcategory } from '../../gql/graphql';
import { useT } from '../../i18n/locale';
import { TemplateSuggestionsQuery } from './templateSuggestionsQuery';

export type TemplatePick = { id: string; name: string; unit?: string | null; comparator: Comparator };

type Props = {
  value: string;
  subcategory?: Subcategory;
  sector?: Sector;
  disabled?: boolean;
  status?: 'error';
  onChange: (name: string) => void;
  onPick: (template: TemplatePick) => void;
};

/** The level-3 indicator: typed freely, or picked from the library (common and the project's sector) under the chosen level 2. */
export function IndicatorNamePicker({ value, subcategory, sector, disabled, status, onChange, onPick }: Props) {
  const t = useT();
  const where: IndicatorTemplateWhereInput = { subcategory, or: sector ? [{ sectorIsNil: true }, { sector }] : undefined };
  if (value.trim()) where.nameContainsFold = value.trim();
  const [{ data }] = useQuery({ query: TemplateSuggestionsQuery, variables: { where }, pause: !subcategory || disabled });
  const templates = (data?.indicatorTemplates.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <AutoComplete
      value={value}
      disabled={disabled}
      status={status}
      style={{ width: '100%' }}
      options={templates.map((tpl) => ({ value: tpl.id, label: `${tpl.name}${tpl.unit ? `（${tpl.unit}）` : ''}` }))}
      onSelect={(id: string) => {
        const tpl = templates.find((x) => x.id === id);
        if (tpl) onPick(tpl);
      }}
      onChange={(text: string) => {
        if (!templates.some((x) => x.id === text)) onChange(text);
      }}
    >
      <Input placeholder={subcategory ? t('输入或从指标库选择', 'Type or pick from the library') : t('先选二级指标', 'Choose level 2 first')} aria-label={t('三级指标', 'Indicator')} />
    </AutoComplete>
  );
}
