import zlib from 'node:zlib';
import forge from 'node-forge';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';

/** A one-page PDF with the given ASCII text, xref offsets computed (what a PDF printer writes, minimal). */
export function simplePdf(text: string): Buffer {
  const stream = `BT /F1 14 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

type Keys = ReturnType<typeof forge.pki.rsa.generateKeyPair>;
const DAY = 86_400_000;
const CA_NAME = [{ name: 'commonName', value: 'Test CA (made in the test)' }];
let testCa: { keys: Keys; cert: ReturnType<typeof forge.pki.createCertificate> } | null = null;

/** A throw-away certification authority made in the test (one per test process; never a real CA's key). */
function ca() {
  if (testCa) return testCa;
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '0a';
  cert.validity.notBefore = new Date(Date.now() - 30 * DAY);
  cert.validity.notAfter = new Date(Date.now() + 3650 * DAY);
  cert.setSubject(CA_NAME);
  cert.setIssuer(CA_NAME);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return (testCa = { keys, cert });
}

/**
 * A signer's certificate issued by the test CA, as a .p12 holding the key, the certificate and
 * the CA's certificate (what a USB token's signing software puts in the signature).
 * `validDays` moves the validity window (e.g. already expired) for the refusal tests.
 */
export function testP12(commonName: string, opts: { validFrom?: number; validTo?: number } = {}): Buffer {
  const issuer = ca();
  const keys = forge.pki.rsa.generateKeyPair(2048);
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() + (opts.validFrom ?? -1) * DAY);
  cert.validity.notAfter = new Date(Date.now() + (opts.validTo ?? 365) * DAY);
  cert.setSubject([
    // UTF8String, as Vietnamese CA certificates carry "Nguyễn Văn A" (forge encodes it as UTF-8 itself).
    { name: 'commonName', value: commonName, valueTagClass: forge.asn1.Type.UTF8 as number },
    { name: 'organizationName', value: 'UBND xa Thu nghiem' },
  ]);
  cert.setIssuer(CA_NAME);
  cert.sign(issuer.keys.privateKey, forge.md.sha256.create());
  const p12 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert, issuer.cert], '', { algorithm: '3des' });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary');
}

/** The PDF signed (PAdES-style CMS over the ByteRange) with the p12. */
export async function signPdf(pdf: Buffer, p12: Buffer): Promise<Buffer> {
  const withPlaceholder = plainAddPlaceholder({ pdfBuffer: pdf, reason: 'Ký số báo cáo', contactInfo: '', name: 'Test', location: 'VN' });
  return Buffer.from(await new SignPdf().sign(withPlaceholder, new P12Signer(p12)));
}

/**
 * A PDF built the way Word, LibreOffice and Chromium write Vietnamese: a Type0 font with
 * Identity-H two-byte codes, a ToUnicode CMap, Flate-compressed page contents, and text shown
 * in TJ arrays split by kerning (so "15/BC-UBND" is never one string in the file). The font
 * program is not embedded: readers (and pdftotext) take the text from ToUnicode.
 */
export function cidPdf(pages: string[][]): Buffer {
  const chars = [...new Set(pages.flat().join(''))];
  const cid = new Map(chars.map((c, i) => [c, i + 3]));
  const hex = (s: string) => [...s].map((c) => cid.get(c)!.toString(16).padStart(4, '0')).join('');
  const u16 = (c: string) => Buffer.from(c, 'utf16le').swap16().toString('hex');
  const cmap = [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    `${chars.length} beginbfchar`,
    ...chars.map((c) => `<${cid.get(c)!.toString(16).padStart(4, '0')}> <${u16(c)}>`),
    'endbfchar endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
  const content = (lines: string[]) =>
    lines
      .map((line, i) => {
        // Split every 3 characters with a small kerning adjustment, as a layout engine does.
        const pieces = [...line].reduce<string[]>((acc, ch, k) => (k % 3 ? ((acc[acc.length - 1] += ch), acc) : [...acc, ch]), []);
        return `BT /F1 12 Tf 1 0 0 1 72 ${760 - i * 18} Tm [${pieces.map((p) => `<${hex(p)}>`).join(' -12 ')}] TJ ET`;
      })
      .join('\n');
  const objects: (string | Buffer)[] = [];
  const add = (o: string | Buffer) => objects.push(o) as number;
  const flate = (text: string) => {
    const z = zlib.deflateSync(Buffer.from(text, 'latin1'));
    return Buffer.concat([
      Buffer.from(`<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      z,
      Buffer.from('\nendstream', 'latin1'),
    ]);
  };
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // pages, filled below
  const fontDesc = add(
    '<< /Type /FontDescriptor /FontName /LiberationSerif /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>',
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /LiberationSerif /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${fontDesc} 0 R /DW 500 >>`,
  );
  const toUnicode = add(flate(cmap));
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /LiberationSerif /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const kids: number[] = [];
  for (const lines of pages) {
    const c = add(flate(content(lines)));
    kids.push(
      add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${c} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`),
    );
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let len = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(len);
    const b = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof o === 'string' ? Buffer.from(o, 'latin1') : o,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(b);
    len += b.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${len}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(chunks);
}
