import type { LayoutItem, LayoutPage, StructNode, StructKid, WorksheetLayout } from './layout-model';

/** One sheet of a combined PDF: its layout, and the prefix that keeps its field names apart from the other sheets'. */
export interface LayoutPart {
  layout: WorksheetLayout;
  /** Put before each field name with a dot (`copy-2.participant.name`); needed when a sheet comes twice. */
  fieldPrefix?: string | undefined;
}

/**
 * Several sheets' layouts as one document's: their pages one after another,
 * and one structure tree in which each sheet's Document becomes a Part of a
 * new Document. Text runs and annotations are renumbered so that no two
 * sheets share a number. One sheet comes back as it is.
 */
export function combineLayouts(parts: readonly LayoutPart[]): { pages: LayoutPage[]; structure: StructNode[] } {
  const [only] = parts;
  if (parts.length === 1 && only !== undefined && only.fieldPrefix === undefined) return { pages: only.layout.pages, structure: only.layout.structure };
  const structure: StructNode[] = [{ role: 'Document', parent: undefined, kids: [] }];
  const pages: LayoutPage[] = [];
  let contents = 0;
  let annotations = 0;
  for (const { layout, fieldPrefix } of parts) {
    const nodeOffset = structure.length;
    const contentOffset = contents;
    const annotationOffset = annotations;
    const shift = (kid: StructKid): StructKid => {
      if ('node' in kid) return { node: kid.node + nodeOffset };
      if ('content' in kid) {
        contents = Math.max(contents, kid.content + contentOffset + 1);
        return { content: kid.content + contentOffset };
      }
      annotations = Math.max(annotations, kid.annotation + annotationOffset + 1);
      return { annotation: kid.annotation + annotationOffset };
    };
    layout.structure.forEach((node, index) => {
      const isRoot = index === 0;
      structure.push({
        ...node,
        role: isRoot ? 'Part' : node.role,
        parent: isRoot ? 0 : (node.parent ?? 0) + nodeOffset,
        kids: node.kids.map(shift),
      });
    });
    structure[0]?.kids.push({ node: nodeOffset });
    const renumber = (item: LayoutItem): LayoutItem => {
      switch (item.kind) {
        case 'text':
          return item.content === undefined ? item : { ...item, content: item.content + contentOffset };
        case 'field':
          return {
            ...item,
            annotation: item.annotation + annotationOffset,
            field: fieldPrefix === undefined ? item.field : { ...item.field, name: `${fieldPrefix}.${item.field.name}` },
          };
        case 'link':
          return { ...item, annotation: item.annotation + annotationOffset };
        default:
          return item;
      }
    };
    for (const page of layout.pages) pages.push({ ...page, items: page.items.map(renumber) });
  }
  return { pages, structure };
}
