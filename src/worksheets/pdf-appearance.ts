import type { PDFDocument, PDFOperator, PDFRef } from 'pdf-lib';

/**
 * A widget's appearance, as a form XObject left uncompressed: they are tiny
 * (an empty box, a tick, a dot) and a form has hundreds, so compressing each
 * one costs more time, in the build and in a browser making a packet, than
 * it saves bytes.
 */
export function appearanceStream(doc: PDFDocument, width: number, height: number, content: string | readonly PDFOperator[] = ''): PDFRef {
  const text = typeof content === 'string' ? content : content.map((operator) => operator.toString()).join('\n');
  return doc.context.register(doc.context.stream(text, { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, height] }));
}
