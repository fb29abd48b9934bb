import mammoth from 'mammoth';

/** A Word document as the import reads it: paragraphs (text, bold) and tables (cell texts). */
export type DocxBlock = { kind: 'p'; text: string; bold: boolean } | { kind: 'table'; rows: string[][] };

interface MammothElement {
  type: string;
  value?: string;
  isBold?: boolean;
  children?: MammothElement[];
}

const textOf = (e: MammothElement): string =>
  e.type === 'text' ? (e.value ?? '') : e.type === 'tab' ? '\t' : e.type === 'break' ? '\n' : (e.children ?? []).map(textOf).join('');
const runs = (e: MammothElement): MammothElement[] => (e.type === 'run' ? [e] : (e.children ?? []).flatMap(runs));

function toBlocks(e: MammothElement, out: DocxBlock[]): void {
  if (e.type === 'paragraph') {
    const text = textOf(e).replace(/\s+/g, ' ').trim();
    if (!text) return;
    const rs = runs(e).filter((r) => textOf(r).trim());
    out.push({ kind: 'p', text, bold: rs.length > 0 && rs.every((r) => r.isBold === true) });
  } else if (e.type === 'table') {
    const rows = (e.children ?? [])
      .filter((r) => r.type === 'tableRow')
      .map((r) =>
        (r.children ?? [])
          .filter((c) => c.type === 'tableCell')
          .map((c) =>
            (c.children ?? [])
              .map((p) =>
                textOf(p)
                  .replace(/[ \t]+/g, ' ')
                  .trim(),
              )
              .filter(Boolean)
              .join('\n'),
          ),
      );
    out.push({ kind: 'table', rows });
  } else for (const c of e.children ?? []) toBlocks(c, out);
}

/**
 * Read a .docx into blocks with mammoth's document reader (a real parser of the Word XML; its
 * HTML output is not used). Throws on anything that is not a readable .docx.
 */
export async function readDocxBlocks(bytes: Uint8Array): Promise<DocxBlock[]> {
  const blocks: DocxBlock[] = [];
  await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      transformDocument: (doc: MammothElement) => {
        toBlocks(doc, blocks);
        return doc;
      },
    },
  );
  return blocks;
}
