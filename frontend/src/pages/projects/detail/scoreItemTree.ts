type Item = { id: string; parentID?: string | null };

export type TreeItem<T extends Item> = T & { children?: TreeItem<T>[] };

/** Nests score items under their parent item (level 1 → 2 → 3), keeping their order. */
export function scoreItemTree<T extends Item>(items: T[]): TreeItem<T>[] {
  const byId = new Map<string, TreeItem<T>>(items.map((i) => [i.id, { ...i }]));
  const roots: TreeItem<T>[] = [];
  for (const item of items) {
    const node = byId.get(item.id)!;
    const parent = item.parentID ? byId.get(item.parentID) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}
