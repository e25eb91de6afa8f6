import { Select } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import type { ProjectWhereInput } from '../../gql/graphql';
import { useT } from '../../i18n/locale';
import { nodeOfType } from '../../api/nodeOfType';
import { ProjectSearchQuery, TargetProjectQuery } from './targetOperations';

type Props = { onPick?: (id: string) => void; onChange?: (id: string) => void; value?: string; where?: ProjectWhereInput[]; id?: string; width?: number };

/** Finds a project by name or code (optionally among some departments' projects). */
export function ProjectPicker({ onPick, onChange, value, where, id, width = 420 }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const [{ data, fetching }] = useQuery({ query: ProjectSearchQuery, variables: { q, where: where ?? null } });
  const options = (data?.projects.edges ?? []).flatMap((e) => (e?.node ? [{ value: e.node.id, label: `${e.node.code} ${e.node.name}（${e.node.fiscalYear}）` }] : []));
  // A value given from outside (the URL) that the search has not listed: show its name, not its id.
  const missing = !!value && !options.some((o) => o.value === value);
  const [{ data: chosen }] = useQuery({ query: TargetProjectQuery, variables: { id: value ?? '' }, pause: !missing });
  const chosenProject = missing ? nodeOfType(chosen?.node, 'Project') : null;
  if (chosenProject) options.unshift({ value: chosenProject.id, label: `${chosenProject.code} ${chosenProject.name}（${chosenProject.fiscalYear}）` });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={fetching}
      options={options}
      value={value}
      onChange={(v: string) => {
        onChange?.(v);
        onPick?.(v);
      }}
      placeholder={t('输入项目名称或编码查找', 'Type a project name or code')}
      aria-label={t('项目', 'Project')}
      style={{ width }}
      notFoundContent={null}
    />
  );
}
