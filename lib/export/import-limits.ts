// The import's caps in one place without heavy imports, so the page that explains them and the
// code that enforces them cannot drift apart. The file size itself is IMPORT_LIMITS.bytes.

export const ZIP_LIMITS = {
  /** Parts in one workbook: Excel writes about fifteen; images and comments add a few. */
  entries: 100,
  /** Everything unpacked together: a template answering every capability at the longest lengths
   *  accepted is well under 1 MB, so this leaves room for styles, images and odd tools. */
  unzippedBytes: 20 * 1024 * 1024,
  /** Unpacked size over packed size of one part. Spreadsheet XML packs 5-20 times; bombs ~1000. */
  ratio: 100,
  /** Parts smaller than this are not held to the ratio: tiny repetitive XML packs very well. */
  ratioGraceBytes: 1024 * 1024,
} as const;

/** Data rows a filled-in template may hold; the row stream stops at the first row past them. */
export const TEMPLATE_MAX_ROWS = 1000;
