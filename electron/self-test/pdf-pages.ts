type Size = { width: number; height: number };
const MEDIA_BOX = /\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/;

function boxOf(dict: string): Size | null {
  const m = MEDIA_BOX.exec(dict);
  if (!m) return null;
  const [x0, y0, x1, y1] = m.slice(1, 5).map(Number) as [number, number, number, number];
  return { width: Math.abs(x1 - x0), height: Math.abs(y1 - y0) };
}

/**
 * Page sizes (points) of a PDF in page-object order, read from each /Type /Page object's
 * /MediaBox (or its /Pages parent's): enough to check A4 and orientation of Chromium's output,
 * which writes page objects uncompressed.
 */
export function pdfPageSizes(bytes: Uint8Array): Size[] {
  const text = Buffer.from(bytes).toString('latin1');
  if (!text.startsWith('%PDF-')) return [];
  const objects = [...text.matchAll(/(\d+)\s+0\s+obj\b([\s\S]*?)\bendobj/g)].map((m) => ({ id: m[1]!, body: m[2]! }));
  const byId = new Map(objects.map((o) => [o.id, o.body]));
  const sizes: Size[] = [];
  for (const o of objects) {
    if (!/\/Type\s*\/Page(?![a-zA-Z])/.test(o.body)) continue;
    let box = boxOf(o.body);
    const parent = /\/Parent\s+(\d+)\s+0\s+R/.exec(o.body)?.[1];
    if (!box && parent) box = boxOf(byId.get(parent) ?? '');
    if (box) sizes.push(box);
  }
  return sizes;
}

/** A4 is 595.28 × 841.89 pt; Chromium rounds, so allow a few points. */
export function isA4(size: Size): boolean {
  const [short, long] = size.width < size.height ? [size.width, size.height] : [size.height, size.width];
  return Math.abs(short - 595.28) < 3 && Math.abs(long - 841.89) < 3;
}
