import yauzl from 'yauzl';
import { AppError } from '../../shared/errors';
import { xlsxBoundsText as t } from '../../shared/strings/files';

/**
 * An .xlsx is checked before ExcelJS parses it (which holds the whole workbook in memory: a
 * 1,048,576-row sheet of 11 MB took 3 GB, one 400 MB cell 1.4 GB). From the zip's central
 * directory: entry count and total uncompressed size. Then each sheet and the shared strings are
 * inflated as a stream, never kept: the rows (and the highest row number) and cells are counted
 * and each text run is measured, and the stream stops at the first limit crossed. yauzl checks
 * that an entry inflates to exactly the size its directory claims, so a lying directory fails too.
 */
export interface XlsxLimits {
  /** Rows in any one sheet (counted, and the highest `r=` row number). */
  maxRows: number;
  /** Cells in any one sheet. */
  maxCells: number;
  /** One text run (a cell's value, a shared string) in bytes of XML. */
  maxTextBytes: number;
  /** All entries together, inflated. */
  maxTotalBytes: number;
  maxEntries: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxRows: 20_100,
  maxCells: 400_000,
  // Excel's own limit is 32,767 characters a cell; as XML each is at most 6 bytes (`&quot;`).
  maxTextBytes: 32_767 * 6 + 1024,
  maxTotalBytes: 200 * 1024 * 1024,
  maxEntries: 2_000,
};

const XML = /\.(xml|rels)$/i;

class Stop extends Error {
  constructor(readonly refusal: AppError) {
    super(refusal.message);
  }
}

/** Streaming counters over one XML entry; chunk edges are handled with a short carry-over. */
function scanner(name: string, limits: XlsxLimits) {
  const sheet = /worksheets/i.test(name);
  let carry = '';
  let rows = 0;
  let cells = 0;
  let textRun = 0;
  const CARRY = 24;
  return (chunk: Buffer) => {
    const s = chunk.toString('latin1'); // byte-for-byte: counting ASCII markup only
    const text = carry + s;
    if (sheet) {
      const dim = /<dimension\s+ref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(text);
      if (dim && Number(dim[1]) > limits.maxRows)
        throw new Stop(new AppError('FILE_INVALID', t.tooManyRows(limits.maxRows), { rows: Number(dim[1]) }));
      // Count a token only when it ends in the new chunk: one wholly inside the carry was counted before.
      for (const m of text.matchAll(/<row[\s>/]/g)) if (m.index + 5 > carry.length) rows++;
      for (const m of text.matchAll(/<row\b[^>]*?\sr="(\d{1,12})"/g))
        if (Number(m[1]) > limits.maxRows)
          throw new Stop(new AppError('FILE_INVALID', t.tooManyRows(limits.maxRows), { row: Number(m[1]) }));
      for (const m of text.matchAll(/<c[\s>/]/g)) if (m.index + 3 > carry.length) cells++;
      if (rows > limits.maxRows) throw new Stop(new AppError('FILE_INVALID', t.tooManyRows(limits.maxRows), { rows }));
      if (cells > limits.maxCells) throw new Stop(new AppError('FILE_INVALID', t.tooManyCells(limits.maxCells), { cells }));
    }
    // The longest run of bytes between markup: a cell's text, a shared string.
    let i = 0;
    for (;;) {
      const lt = s.indexOf('<', i);
      const end = lt === -1 ? s.length : lt;
      if (end > i) {
        const gt = s.lastIndexOf('>', end - 1);
        textRun = gt >= i ? end - gt - 1 : textRun + (end - i);
        if (textRun > limits.maxTextBytes) throw new Stop(new AppError('FILE_INVALID', t.cellTooLarge, { textRun }));
      }
      if (lt === -1) break;
      textRun = 0;
      i = lt + 1;
    }
    carry = text.slice(-CARRY);
  };
}

/** Rejects with an AppError (Vietnamese) when the workbook exceeds a limit, with a plain Error when it is no zip; resolves when it is safe to parse. */
export function checkXlsxBounds(bytes: Uint8Array, limits: XlsxLimits = DEFAULT_XLSX_LIMITS): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
      { lazyEntries: true, validateEntrySizes: true },
      (err, zip) => {
        // Not a readable zip: a plain error, so each import says it in its own words (naming the file).
        if (err || !zip) return reject(err ?? new Error('not a zip'));
        let total = 0;
        let entries = 0;
        let settled = false;
        const fail = (e: unknown) => {
          if (settled) return;
          settled = true;
          zip.close();
          reject(e instanceof Stop ? e.refusal : e instanceof AppError ? e : e instanceof Error ? e : new Error(String(e)));
        };
        zip.on('error', fail);
        zip.on('end', () => {
          if (settled) return;
          settled = true;
          resolve();
        });
        zip.on('entry', (entry: yauzl.Entry) => {
          if (settled) return;
          entries++;
          total += entry.uncompressedSize;
          if (entries > limits.maxEntries || total > limits.maxTotalBytes)
            return fail(new AppError('FILE_INVALID', t.tooLargeInflated(limits.maxTotalBytes), { total }));
          // Every entry is inflated once here (ExcelJS would inflate them all): yauzl refuses one that
          // inflates beyond the size the directory claims. XML is scanned; other entries only drained.
          zip.openReadStream(entry, (e2, stream) => {
            if (e2 || !stream) return fail(e2);
            const scan = XML.test(entry.fileName) ? scanner(entry.fileName, limits) : () => undefined;
            stream.on('data', (chunk: Buffer) => {
              try {
                scan(chunk);
              } catch (e) {
                stream.destroy();
                fail(e);
              }
            });
            stream.on('error', fail);
            stream.on('end', () => zip.readEntry());
          });
        });
        zip.readEntry();
      },
    );
  });
}
