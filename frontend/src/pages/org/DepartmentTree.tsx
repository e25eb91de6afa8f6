import { Tree, Typography } from 'antd';
import { useMemo } from 'react';
import type { DepartmentTreeNode } from '../../components/useDepartments';
import { useEnumLabel } from '../../i18n/useEnumLabel';

type Props = { tree: DepartmentTreeNode[]; selectedId?: string; onSelect: (id: string | undefined) => void };

type Node = { key: string; title: React.ReactNode; children: Node[] };

/** Departments and their subordinate units (所属单位), from parent/children. */
export function DepartmentTree({ tree, selectedId, onSelect }: Props) {
  const label = useEnumLabel();
  const treeData = useMemo(() => {
    const toNodes = (nodes: DepartmentTreeNode[]): Node[] =>
      nodes.map((n) => ({
        key: n.id,
        title: (
          <span>
            {n.name}{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {n.code} · {label('DepartmentKind', n.kind)} · {n.region} · {label('Sector', n.sector)}
            </Typography.Text>
          </span>
        ),
        children: toNodes(n.children),
      }));
    return toNodes(tree);
  }, [tree, label]);
  if (tree.length === 0) return null;
  return (
    <Tree
      showLine
      defaultExpandAll
      treeData={treeData}
      selectedKeys={selectedId ? [selectedId] : []}
      onSelect={(keys) => onSelect(keys[0] as string | undefined)}
      aria-label="departments"
    />
  );
}
