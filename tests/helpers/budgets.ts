/**
 * Every goal of the quality gates, in one place: tests assert the ones about
 * bytes and requests, `npm run bench` prints the timings against theirs.
 */
export const budgets = {
  /** A content page's first view (a tool, tip, situation, case study, scenario or worksheet page). */
  firstView: { requests: 3, gzipBytes: 15 * 1024, jsFiles: 0, inlineScriptBytes: 2 * 1024 },
  /**
   * A worksheet page's first view (issue 15): a content page's, plus the one
   * script that makes the page a form and keeps its answers on the device.
   * pdf-lib and the fonts load only when a reader downloads a filled PDF.
   */
  worksheetFirstView: { requests: 3, gzipBytes: 25 * 1024, jsFiles: 1, inlineScriptBytes: 2 * 1024 },
  /**
   * The header's search opener as pages carry it (minified): its share of
   * firstView.inlineScriptBytes, which it splits with the theme script.
   */
  searchOpener: { bytes: 1024 },
  /**
   * Search (issue 4): what opening it downloads, and the last keystroke to the
   * first result painted (median). Issue 19's: bytes from opening the header's
   * search to its first result, and that latency within one frame, or 50 ms
   * with the CPU 4x slower (medians of five queries).
   */
  search: { openGzipBytes: 40 * 1024, latencyMs: 150, toFirstResultBytes: 90 * 1024, frameMs: 16.7, throttledLatencyMs: 50 },
  /**
   * Worksheet PDFs: each file's size, and one render's median time once warm.
   * Issue 14 sets these for sheets with an embedded font, a structure tree and
   * an appearance stream per widget (issue 5's were 20 KB and 25 ms).
   */
  worksheetPdf: { bytes: 120 * 1024, medianMs: 60 },
  /** The real handbook's build: pages, search index and PDFs. */
  build: { seconds: 15 },
  /** The scale run: the handbook plus this many synthetic tips. */
  scale: { tips: 1000, seconds: 30, distBytes: 25 * 1024 * 1024 },
  /** Lighthouse, each of performance, accessibility, best practices and SEO. */
  lighthouse: { score: 100 },
} as const;

/** One page of each kind a reader lands on from a search or a link. */
export const contentPages = [
  'tools/i-message/',
  'tips/name-the-emotion/',
  'situations/angry-customer/',
  'case-studies/angela-and-yolanda/',
  'scenarios/haggling-customer/',
  'worksheets/i-message-builder/',
] as const;

/** The first-view goal of a page: a worksheet page's when it is one, else a content page's. */
export function firstViewBudget(path: string): (typeof budgets)['firstView'] | (typeof budgets)['worksheetFirstView'] {
  return /^worksheets\/(?!for\/)[^/]+\/$/.test(path) ? budgets.worksheetFirstView : budgets.firstView;
}
