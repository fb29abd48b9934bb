import fs from 'node:fs';
import zlib from 'node:zlib';
import { once } from 'node:events';

/**
 * Hostile .xlsx files built without ever holding their inflated content: each entry's XML is
 * generated in chunks and deflated as a stream, and the zip is written by hand (local headers,
 * central directory). Small on disk, huge when opened (issue 14 §10).
 */
export interface BombEntry {
  name: string;
  /** The entry's content, chunk by chunk. */
  chunks: () => Iterable<string>;
}

async function deflate(chunks: Iterable<string>): Promise<{ data: Buffer; crc: number; size: number }> {
  const z = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (b: Buffer) => out.push(b));
  let crc = 0;
  let size = 0;
  for (const c of chunks) {
    const b = Buffer.from(c, 'utf8');
    crc = zlib.crc32(b, crc);
    size += b.length;
    if (!z.write(b)) await once(z, 'drain');
  }
  z.end();
  await once(z, 'end');
  return { data: Buffer.concat(out), crc, size };
}

export async function writeZip(file: string, entries: BombEntry[]): Promise<number> {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { data, crc, size } = await deflate(e.chunks());
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(8, 10);
    cd.writeUInt16LE(0, 12);
    cd.writeUInt16LE(0x21, 14);
    cd.writeUInt32LE(crc >>> 0, 16);
    cd.writeUInt32LE(data.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    parts.push(local, name, data);
    offset += local.length + name.length + data.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  const all = Buffer.concat([...parts, cdBuf, end]);
  fs.writeFileSync(file, all);
  return all.length;
}

const once1 = (s: string) => () => [s];

/** The skeleton every workbook needs around its one sheet (and shared strings, when given). */
function workbook(sheet: () => Iterable<string>, sharedStrings?: () => Iterable<string>): BombEntry[] {
  const ss = sharedStrings
    ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    : '';
  const ssRel = sharedStrings
    ? '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
    : '';
  return [
    {
      name: '[Content_Types].xml',
      chunks: once1(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${ss}</Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      chunks: once1(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      chunks: once1(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Nhat ky" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      chunks: once1(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${ssRel}</Relationships>`,
      ),
    },
    ...(sharedStrings ? [{ name: 'xl/sharedStrings.xml', chunks: sharedStrings }] : []),
    { name: 'xl/worksheets/sheet1.xml', chunks: sheet },
  ];
}

const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** Excel's maximum: 1,048,576 rows of a date and a title (the 11.5 MB file), optionally without `r=` and <dimension>. */
export function millionRowSheet(opts: { rows?: number; withDimension?: boolean; withRowNumbers?: boolean } = {}): BombEntry[] {
  const rows = opts.rows ?? 1_048_576;
  return workbook(function* () {
    yield SHEET_HEAD + (opts.withDimension === false ? '' : `<dimension ref="A1:B${rows}"/>`) + '<sheetData>';
    let buf = '';
    for (let r = 1; r <= rows; r++) {
      const at = opts.withRowNumbers === false ? '' : ` r="${r}"`;
      buf += `<row${at}><c t="inlineStr"><is><t>01/02/2026</t></is></c><c t="inlineStr"><is><t>Phát thanh</t></is></c></row>`;
      if (buf.length > 1 << 20) {
        yield buf;
        buf = '';
      }
    }
    yield `${buf}</sheetData></worksheet>`;
  });
}

/** One shared string of `bytes` letters (the 400 MB cell in a 390 KB file). */
export function hugeCellSheet(bytes = 400 * 1024 * 1024): BombEntry[] {
  return workbook(
    function* () {
      yield `${SHEET_HEAD}<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`;
    },
    function* () {
      yield '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>';
      const chunk = 'A'.repeat(1 << 20);
      for (let n = 0; n < bytes; n += chunk.length) yield chunk;
      yield '</t></si></sst>';
    },
  );
}
