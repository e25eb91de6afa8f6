import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useT } from '../i18n/locale';
import { useDepartments, type DepartmentTreeNode } from './useDepartments';

type Option = { value: string; title: string; children: Option[] };

const toOptions = (nodes: DepartmentTreeNode[]): Option[] =>
  nodes.map((n) => ({ value: n.id, title: `${n.name}（${n.code}）`, children: toOptions(n.children) }));

type Props = {
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  allowClear?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
  id?: string;
};

/** Picks a department from the tree of units the viewer may see; searchable by name or code. */
export function DepartmentSelect({ value, onChange, allowClear = true, placeholder, style, id }: Props) {
  const t = useT();
  const { tree, loading } = useDepartments();
  const treeData = useMemo(() => toOptions(tree), [tree]);
  return (
    <TreeSelect
      id={id}
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear={allowClear}
      loading={loading}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      treeData={treeData}
      treeDefaultExpandAll
      placeholder={placeholder ?? t('选择部门/单位', 'Choose a department')}
      // A filter outside a form has no <label>: name it (inside a Form.Item the label names it through id).
      aria-label={id ? undefined : (placeholder ?? t('部门/单位', 'Department'))}
      style={{ minWidth: 220, ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
