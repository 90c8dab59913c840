import { PDFName, PDFString, type PDFDict, type PDFDocument, type PDFRef } from 'pdf-lib';
import type { StructNode } from './layout-model';


/** Where a run of text was drawn: its page and its marked-content ID there. */
export interface MarkedRun {
  page: PDFRef;
  mcid: number;
}

/** Where an annotation (a field's widget or a link) was placed. */
export interface PlacedAnnotation {
  page: PDFRef;
  annotation: PDFRef;
  dict: PDFDict;
}

/**
 * Writes the structure tree that makes the PDF tagged (ISO 32000-1, 14.7-14.8;
 * PDF/UA-1): one structure element per node of the layout's tree, the parent
 * tree that maps each page's marked content and each annotation back to its
 * element, and the catalog entries that declare it (MarkInfo, the tree,
 * XMP metadata with the PDF/UA identifier). Pages tab in structure order.
 */
export function writeStructure(
  doc: PDFDocument,
  description: { title: string; purpose: string },
  structure: readonly StructNode[],
  pages: readonly PDFDict[],
  runs: ReadonlyMap<number, MarkedRun>,
  annotations: ReadonlyMap<number, PlacedAnnotation>,
): void {
  const { context } = doc;
  const root = context.nextRef();
  const refs = structure.map(() => context.nextRef());
  const pageRefs = pages.map((page) => context.getObjectRef(page));

  // The parent tree: key i is page i's array of elements by MCID; annotations follow, one key each.
  const byPage = pages.map(() => [] as PDFRef[]);
  let nextKey = pages.length;
  const annotationKeys: Array<[number, PDFRef]> = [];

  structure.forEach((node, index) => {
    const ref = refs[index];
    if (ref === undefined) return;
    const firstPage = node.kids.flatMap((kid) => {
      if ('content' in kid) return [runs.get(kid.content)?.page];
      if ('annotation' in kid) return [annotations.get(kid.annotation)?.page];
      return [];
    })[0];
    const kids = node.kids.map((kid) => {
      if ('node' in kid) return refs[kid.node];
      if ('content' in kid) {
        const run = runs.get(kid.content);
        if (run === undefined) throw new Error(`Text run ${kid.content} of a ${node.role} element was never drawn.`);
        const elements = byPage[pageRefs.indexOf(run.page)];
        if (elements !== undefined) elements[run.mcid] = ref;
        return run.page === firstPage ? run.mcid : context.obj({ Type: 'MCR', Pg: run.page, MCID: run.mcid });
      }
      const placed = annotations.get(kid.annotation);
      if (placed === undefined) throw new Error(`Annotation ${kid.annotation} of a ${node.role} element was never placed.`);
      placed.dict.set(PDFName.of('StructParent'), context.obj(nextKey));
      annotationKeys.push([nextKey++, ref]);
      return context.obj({ Type: 'OBJR', Obj: placed.annotation, Pg: placed.page });
    });
    const parent = node.parent === undefined ? root : refs[node.parent];
    context.assign(
      ref,
      context.obj({
        Type: 'StructElem',
        S: node.role,
        P: parent,
        ...(firstPage !== undefined && { Pg: firstPage }),
        K: kids,
        ...(node.scope !== undefined && { A: { O: 'Table', Scope: node.scope } }),
      }),
    );
  });

  pages.forEach((page, index) => {
    page.set(PDFName.of('StructParents'), context.obj(index));
    // Tab through fields in the order of the structure tree, which is the reading order.
    page.set(PDFName.of('Tabs'), PDFName.of('S'));
  });
  const nums = [...byPage.flatMap((elements, index) => [context.obj(index), context.obj(elements)]), ...annotationKeys.flatMap(([key, ref]) => [context.obj(key), ref])];
  context.assign(
    root,
    context.obj({ Type: 'StructTreeRoot', K: refs[0], ParentTree: context.register(context.obj({ Nums: nums })), ParentTreeNextKey: nextKey }),
  );

  const catalog = doc.catalog;
  catalog.set(PDFName.of('StructTreeRoot'), root);
  catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  catalog.set(PDFName.of('Metadata'), context.register(context.stream(xmpMetadata(description), { Type: 'Metadata', Subtype: 'XML' })));
}

/** The document's XMP metadata: title, description, language and the PDF/UA-1 identifier, matching the Info dictionary. */
function xmpMetadata({ title, purpose }: { title: string; purpose: string }): string {
  const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(purpose)}</rdf:li></rdf:Alt></dc:description>`,
    '<dc:creator><rdf:Seq><rdf:li>Frontline Handbook</rdf:li></rdf:Seq></dc:creator>',
    '<dc:language><rdf:Bag><rdf:li>en-US</rdf:li></rdf:Bag></dc:language>',
    `<pdf:Producer>${producer}</pdf:Producer>`,
    '<xmp:CreatorTool>Frontline Handbook</xmp:CreatorTool>',
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** The producer, in the Info dictionary and the XMP alike. */
export const producer = 'Frontline Handbook worksheet renderer (pdf-lib)';

/** A link's annotation: the address to open, printed with the page, described for screen readers. */
export function linkAnnotation(doc: PDFDocument, page: PDFRef, box: { x: number; y: number; width: number; height: number }, url: string): PDFDict {
  return doc.context.obj({
    Type: 'Annot',
    Subtype: 'Link',
    Rect: [box.x, box.y, box.x + box.width, box.y + box.height],
    P: page,
    F: 4,
    // No border: the address reads as a link by its words, as on the web page.
    BS: { W: 0 },
    Contents: PDFString.of(`The worksheet's page: ${url}`),
    A: { Type: 'Action', S: 'URI', URI: PDFString.of(url) },
  });
}
