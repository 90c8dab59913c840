import {
  PDFName,
  PDFOperatorNames,
  appendBezierCurve,
  beginText,
  closePath,
  endText,
  fill,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setDashPattern,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  showText,
  stroke,
  PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import type { FontKey } from './fonts';
import type { Box, LayoutItem, StructRole } from './layout-model';
import type { EmbeddedFont } from './pdf-font';
import { palette, type ColorKey } from './layout-style';

/** Two decimals are a hundredth of a point: finer than any printer, and half the bytes of full precision. */
const r = (value: number) => Math.round(value * 100) / 100;

/**
 * Writes a page's shapes and text as one content stream. pdf-lib's drawText
 * and drawLine wrap every call in its own graphics state with its own font
 * and color; a worksheet page has hundreds of marks, so setting state only
 * when it changes makes the file smaller and the render faster. Shapes go
 * first, text last, so no label is ever hidden under a panel.
 */
export function paintPage(
  page: PDFPage,
  items: LayoutItem[],
  fonts: Record<FontKey, EmbeddedFont>,
  roleOf: (content: number) => StructRole,
): Map<number, number> {
  // Shapes are decoration, read by no one: one artifact holds them all.
  const ops: PDFOperator[] = [pushGraphicsState(), PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')])];
  let fillColor: ColorKey | undefined;
  let strokeColor: ColorKey | undefined;
  let lineWidth: number | undefined;
  let dash: number | undefined;
  const setFill = (color: ColorKey) => {
    if (color !== fillColor) ops.push(setFillingRgbColor(...palette[color]));
    fillColor = color;
  };
  const setStroke = (color: ColorKey, width: number, dashLength = 0) => {
    if (color !== strokeColor) ops.push(setStrokingRgbColor(...palette[color]));
    if (width !== lineWidth) ops.push(setLineWidth(width));
    if (dashLength !== dash) ops.push(setDashPattern(dashLength === 0 ? [] : [dashLength, dashLength], 0));
    strokeColor = color;
    lineWidth = width;
    dash = dashLength;
  };

  for (const item of items) {
    switch (item.kind) {
      case 'rect':
        if (item.fill !== undefined) setFill(item.fill);
        if (item.stroke !== undefined) setStroke(item.stroke, item.lineWidth);
        ops.push(
          ...(item.radius === 0
            ? [rectangle(r(item.box.x), r(item.box.y), r(item.box.width), r(item.box.height))]
            : roundedPath(item.box, item.radius)),
        );
        ops.push(item.fill !== undefined ? fill() : stroke());
        break;
      case 'line':
        setStroke(item.color, item.lineWidth, item.dash);
        ops.push(moveTo(r(item.x1), r(item.y1)), lineTo(r(item.x2), r(item.y2)), stroke());
        break;
      case 'circle':
        setFill(item.fill);
        ops.push(
          ...roundedPath(
            { x: item.x - item.radius, y: item.y - item.radius, width: 2 * item.radius, height: 2 * item.radius },
            item.radius,
          ),
          fill(),
        );
        break;
      case 'text':
      case 'field':
        break;
    }
  }

  ops.push(PDFOperator.of(PDFOperatorNames.EndMarkedContent));

  // Each run of text is one marked-content sequence, tagged with its element's role and numbered for the structure tree.
  const mcids = new Map<number, number>();
  let marked: number | 'artifact' | undefined;
  const mark = (content: number | undefined) => {
    const next = content ?? 'artifact';
    if (next === marked) return;
    if (marked !== undefined) ops.push(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    if (content === undefined) ops.push(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of('Artifact')]));
    else {
      const mcid = mcids.get(content) ?? mcids.size;
      mcids.set(content, mcid);
      // A string operand is written as is: the property list is the dictionary << /MCID n >>.
      ops.push(PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(roleOf(content)), `<< /MCID ${mcid} >>`]));
    }
    marked = next;
  };

  const fontKeys = new Map<FontKey, PDFName>();
  let font: string | undefined;
  ops.push(beginText());
  for (const item of items) {
    if (item.kind !== 'text') continue;
    mark(item.content);
    let key = fontKeys.get(item.font);
    if (key === undefined) {
      key = page.node.newFontDictionary(item.font, fonts[item.font].ref);
      fontKeys.set(item.font, key);
    }
    if (`${item.font}/${item.size}` !== font) ops.push(setFontAndSize(key, item.size));
    font = `${item.font}/${item.size}`;
    setFill(item.color);
    ops.push(setTextMatrix(1, 0, 0, 1, r(item.x), r(item.y)), showText(fonts[item.font].encode(item.text)));
  }
  if (marked !== undefined) ops.push(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  ops.push(endText(), popGraphicsState());
  page.pushOperators(...ops);
  return mcids;
}

/** A rectangle with rounded corners: four quarter-circle curves (a circle when the radius is half the side). */
export function roundedPath({ x, y, width, height }: Box, radius: number): PDFOperator[] {
  const k = radius * 0.5523;
  const right = x + width;
  const top = y + height;
  return [
    moveTo(r(x + radius), r(y)),
    lineTo(r(right - radius), r(y)),
    appendBezierCurve(r(right - radius + k), r(y), r(right), r(y + radius - k), r(right), r(y + radius)),
    lineTo(r(right), r(top - radius)),
    appendBezierCurve(r(right), r(top - radius + k), r(right - radius + k), r(top), r(right - radius), r(top)),
    lineTo(r(x + radius), r(top)),
    appendBezierCurve(r(x + radius - k), r(top), r(x), r(top - radius + k), r(x), r(top - radius)),
    lineTo(r(x), r(y + radius)),
    appendBezierCurve(r(x), r(y + radius - k), r(x + radius - k), r(y), r(x + radius), r(y)),
    closePath(),
  ];
}
