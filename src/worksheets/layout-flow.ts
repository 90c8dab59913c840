import type { WorksheetField } from './fields';
import { ascent, type FontKey } from './fonts';
import type { Box, LayoutPage, PartKind, StructNode, StructRole } from './layout-model';
import { badgeSize, checkSize, fieldFontSize, margin, type ColorKey, type Spacing } from './layout-style';
import { textHeight, type Line } from './layout-text';
import type { Measure } from './measure';
import type { Paper } from './paper';

/**
 * Places items on pages, top to bottom, and starts a new page when a block
 * does not fit. Callers think in distances from the top of the page; the
 * items it records are in the PDF's bottom-up coordinates.
 */
export class Flow {
  readonly pages: LayoutPage[] = [];
  /** Distance of the cursor from the top of the page. */
  y = 0;
  private top = 0;

  constructor(
    readonly paper: Paper,
    readonly measure: Measure,
    readonly left: number,
    readonly width: number,
    /** Distance from the top of the page to the top of the footer. */
    readonly bottom: number,
    readonly spacing: Spacing,
    private readonly continuedHeader: (flow: Flow) => void,
  ) {
    this.addPage();
  }

  /** Set only while paintEach runs. */
  private target: LayoutPage | undefined;

  /** The structure tree as placed so far; element 0 is the Document. */
  readonly structure: StructNode[] = [{ role: 'Document', parent: undefined, kids: [] }];
  /** The element that text placed now belongs to. */
  private open = 0;
  /** Above 0 while placing artifacts. */
  private artifacts = 0;
  private contents = 0;
  private annotations = 0;
  /** The last run of text, which the next text on the same page and element continues. */
  private lastRun: { page: LayoutPage; node: number; content: number } | undefined;

  /** Places what `place` draws inside a new element of the structure tree, after what the current element holds so far. */
  tagged<T>(role: StructRole, place: () => T, scope?: 'Column' | 'Row'): T {
    const node = this.structure.length;
    this.structure.push({ role, parent: this.open, kids: [], ...(scope !== undefined && { scope }) });
    this.structure[this.open]?.kids.push({ node });
    const outer = this.open;
    this.open = node;
    try {
      return place();
    } finally {
      this.open = outer;
    }
  }

  /** Places what `place` draws as an artifact: printed, not read (decoration, page numbers, a repeated table header). */
  artifact<T>(place: () => T): T {
    this.artifacts++;
    try {
      return place();
    } finally {
      this.artifacts--;
    }
  }

  /**
   * The page that text, lines, boxes and fields go on: the newest one while
   * the body is placed top to bottom, then each page in turn inside paintEach,
   * which draws the footers once the page count is known.
   */
  get page(): LayoutPage {
    const page = this.target ?? this.pages[this.pages.length - 1];
    if (page === undefined) throw new Error('the flow has no page');
    return page;
  }

  /** Draws on every page in turn, once the body is placed (footers need the page count). */
  paintEach(draw: (index: number) => void): void {
    this.pages.forEach((page, index) => {
      this.target = page;
      draw(index);
    });
    this.target = undefined;
  }

  /** Room left above the footer. */
  get room(): number {
    return this.bottom - this.y;
  }

  /** True while nothing has been placed on this page's body. */
  get atTop(): boolean {
    return this.y === this.top;
  }

  addPage(): void {
    this.pages.push({ items: [], parts: [] });
    this.y = margin.top;
    if (this.pages.length > 1) this.continuedHeader(this);
    this.top = this.y;
  }

  /** Starts a new page unless `height` fits below the cursor (or the page is still empty); true if it did. */
  ensure(height: number): boolean {
    if (height <= this.room || this.atTop) return false;
    this.addPage();
    return true;
  }

  /** Space between blocks; none at the top of a page. */
  gap(height: number): void {
    if (!this.atTop) this.y += height;
  }

  part(section: number, part: PartKind, row?: number): void {
    this.page.parts.push(row === undefined ? { section, part } : { section, part, row });
  }

  private pdfY(fromTop: number): number {
    return this.paper.height - fromTop;
  }

  text(x: number, baselineFromTop: number, text: string, size: number, font: FontKey, color: ColorKey): void {
    const width = this.measure(text, font, size);
    const content = this.artifacts > 0 ? undefined : this.run();
    this.page.items.push({ kind: 'text', text, x, y: this.pdfY(baselineFromTop), size, font, color, width, ...(content !== undefined && { content }) });
  }

  /** The run of text the next text belongs to: the current one, unless the page or element changed or another element came between. */
  private run(): number {
    const node = this.structure[this.open];
    const last = this.lastRun;
    const previous = node?.kids[node.kids.length - 1];
    if (last !== undefined && last.page === this.page && last.node === this.open && previous !== undefined && 'content' in previous && previous.content === last.content) {
      return last.content;
    }
    const content = this.contents++;
    node?.kids.push({ content });
    this.lastRun = { page: this.page, node: this.open, content };
    return content;
  }

  rect(
    x: number,
    top: number,
    width: number,
    height: number,
    style: { fill?: ColorKey; stroke?: ColorKey; lineWidth?: number; radius?: number },
  ): void {
    this.page.items.push({
      kind: 'rect',
      box: { x, y: this.pdfY(top + height), width, height },
      ...(style.fill !== undefined && { fill: style.fill }),
      ...(style.stroke !== undefined && { stroke: style.stroke }),
      lineWidth: style.lineWidth ?? 0,
      radius: style.radius ?? 0,
    });
  }

  line(x1: number, y1FromTop: number, x2: number, y2FromTop: number, color: ColorKey, lineWidth: number, dash?: number): void {
    this.page.items.push({
      kind: 'line',
      x1,
      y1: this.pdfY(y1FromTop),
      x2,
      y2: this.pdfY(y2FromTop),
      color,
      lineWidth,
      ...(dash !== undefined && { dash }),
    });
  }

  /** A field's widget (for a choice, one option's), in a Form element of its own where it is placed in the reading order. */
  field(x: number, top: number, width: number, height: number, field: WorksheetField, option?: string): void {
    const annotation = this.annotations++;
    this.tagged('Form', () => this.structure[this.open]?.kids.push({ annotation }));
    this.page.items.push({
      kind: 'field',
      box: { x, y: this.pdfY(top + height), width, height },
      field,
      fontSize: fieldFontSize,
      annotation,
      ...(option !== undefined && { option }),
    });
  }

  /** A link over text already placed, `box` from the top of the page; call it inside the Link element that holds the text. */
  link(box: Box, url: string): void {
    const annotation = this.annotations++;
    this.structure[this.open]?.kids.push({ annotation });
    this.page.items.push({ kind: 'link', box: { ...box, y: this.pdfY(box.y + box.height) }, url, annotation });
  }

  /**
   * A box to tick, its top left at (x, top): square for a check box, round
   * for one option of a choice (the shape people know means "pick one"). The
   * widget covers the whole printed box, so a click anywhere on it counts.
   */
  tickBox(x: number, top: number, field: WorksheetField, option?: string): void {
    this.rect(x, top, checkSize, checkSize, { stroke: 'frame', lineWidth: 0.9, radius: option === undefined ? 1.5 : checkSize / 2 });
    this.field(x, top, checkSize, checkSize, field, option);
  }

  /** A step number in a teal disc, its top at `top`. */
  badge(x: number, top: number, label: string): void {
    const r = badgeSize / 2;
    this.page.items.push({ kind: 'circle', x: x + r, y: this.pdfY(top + r), radius: r, fill: 'accent' });
    const size = 9;
    this.tagged('Lbl', () => this.text(x + r - this.measure(label, 'bold', size) / 2, top + r + size * 0.35, label, size, 'bold', 'white'));
  }

  /** Draws wrapped lines, the first line's top at `top`; returns the height used. */
  lines(lines: Line[], x: number, top: number, size: number, leading: number, color: ColorKey): number {
    lines.forEach((line, index) => {
      let cursor = x;
      const baseline = top + size * ascent + index * leading;
      for (const run of line.runs) {
        // A run that starts a new word carries its space; draw from the word, not the space.
        const trimmed = run.text.trimStart();
        const offset = this.measure(run.text, run.font, size) - this.measure(trimmed, run.font, size);
        this.text(cursor + offset, baseline, trimmed, size, run.font, color);
        cursor += this.measure(run.text, run.font, size);
      }
    });
    return textHeight(lines.length, size, leading);
  }
}
