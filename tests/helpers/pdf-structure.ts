import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/*
 * A tagged PDF as pdf.js reads it: each page's structure tree, the text of its
 * marked runs, its widgets' field names, and painting outside marked content.
 */

/** A node of pdf.js's structure tree: an element with a role and children, a run of content, or an annotation. */
interface TreeNode {
  role?: string;
  type?: string;
  id?: string;
  children?: TreeNode[];
}

function asTree(value: unknown): TreeNode {
  const role: unknown = Reflect.get(Object(value), 'role');
  const type: unknown = Reflect.get(Object(value), 'type');
  const id: unknown = Reflect.get(Object(value), 'id');
  const children: unknown = Reflect.get(Object(value), 'children');
  return {
    ...(typeof role === 'string' && { role }),
    ...(typeof type === 'string' && { type }),
    ...(typeof id === 'string' && { id }),
    ...(Array.isArray(children) && { children: children.map(asTree) }),
  };
}

/** What pdf.js reads from one file: per page, the structure tree, the text of each marked run, the widgets' names, and painting outside marked content. */
export async function readWithPdfjs(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const pages: Array<{ tree: TreeNode; text: Map<string, string>; widgetNames: Map<string, string>; untagged: number }> = [];
  // Operators that put marks on the page: text, paths, images.
  const painting = new Set<number>([OPS.showText, OPS.showSpacedText, OPS.nextLineShowText, OPS.nextLineSetSpacingShowText, OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke, OPS.constructPath, OPS.paintImageXObject, OPS.paintInlineImageXObject]);
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const tree = asTree(await page.getStructTree());
    const text = new Map<string, string>();
    let current: string | undefined;
    const content: unknown = await page.getTextContent({ includeMarkedContent: true });
    for (const item of Array.from(Object(Reflect.get(Object(content), 'items')))) {
      const type: unknown = Reflect.get(Object(item), 'type');
      const str: unknown = Reflect.get(Object(item), 'str');
      const id: unknown = Reflect.get(Object(item), 'id');
      if (type === 'beginMarkedContentProps' && typeof id === 'string') current = id;
      else if (type === 'endMarkedContent') current = undefined;
      else if (typeof str === 'string' && current !== undefined) text.set(current, (text.get(current) ?? '') + str);
    }
    const widgetNames = new Map<string, string>();
    const annotations: unknown[] = await page.getAnnotations();
    for (const annotation of annotations) {
      const id: unknown = Reflect.get(Object(annotation), 'id');
      const name: unknown = Reflect.get(Object(annotation), 'fieldName');
      if (typeof id === 'string' && typeof name === 'string') widgetNames.set(id, name);
    }
    // Page content only (annotations' appearances are tagged through their annotation).
    const operators = await page.getOperatorList({ annotationMode: 0 });
    let depth = 0;
    let untagged = 0;
    for (const op of operators.fnArray) {
      if (op === OPS.beginMarkedContent || op === OPS.beginMarkedContentProps) depth++;
      else if (op === OPS.endMarkedContent) depth--;
      else if (depth === 0 && painting.has(op)) untagged++;
    }
    pages.push({ tree, text, widgetNames, untagged });
  }
  await pdf.destroy();
  return pages;
}

/** The elements in reading order, each with the text of its own runs and, for annotations, the Form or Link it sits in. */
export function walk(pages: Awaited<ReturnType<typeof readWithPdfjs>>) {
  const elements: Array<{ role: string; text: string }> = [];
  const annotations: Array<{ name: string | undefined; parent: string | undefined }> = [];
  for (const page of pages) {
    const visit = (node: TreeNode, parent: string | undefined) => {
      if (node.type === 'annotation' && node.id !== undefined) {
        annotations.push({ name: page.widgetNames.get(node.id.replace(/^pdfjs_internal_id_/, '')), parent });
        return;
      }
      if (node.type === 'content') return;
      const own = (node.children ?? []).filter((kid) => kid.type === 'content').map((kid) => page.text.get(kid.id ?? '') ?? '').join('');
      if (node.role !== undefined && node.role !== 'Root') elements.push({ role: node.role, text: own });
      for (const kid of node.children ?? []) visit(kid, node.role);
    };
    visit(page.tree, undefined);
  }
  return { elements, annotations };
}

