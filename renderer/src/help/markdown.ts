/**
 * A small, safe markdown reader for the user guide (docs/huong-dan-su-dung.md): headings,
 * paragraphs, numbered and bulleted lists, fenced code, bold/italic, inline code, images.
 * It produces a tree of plain data; the page renders it with React elements only — raw HTML
 * in the text is never injected, it shows as text.
 */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'img'; alt: string; src: string };

export type Block =
  | { t: 'h'; level: 1 | 2 | 3 | 4; c: Inline[]; id: string }
  | { t: 'p'; c: Inline[] }
  | { t: 'ol'; start: number; items: Inline[][] }
  | { t: 'ul'; items: Inline[][] }
  | { t: 'pre'; v: string }
  | { t: 'img'; alt: string; src: string };

/** "Cài đặt ứng dụng" → "cai-dat-ung-dung" (anchor ids). */
export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function parseInline(s: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ t: 'text', v: text });
    text = '';
  };
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^!\[([^\]]*)\]\(([^)\s]+)\)/.exec(rest))) {
      flush();
      out.push({ t: 'img', alt: m[1]!, src: m[2]! });
      i += m[0].length;
    } else if ((m = /^`([^`]+)`/.exec(rest))) {
      flush();
      out.push({ t: 'code', v: m[1]! });
      i += m[0].length;
    } else if ((m = /^\*\*(.+?)\*\*/.exec(rest))) {
      flush();
      out.push({ t: 'strong', c: parseInline(m[1]!) });
      i += m[0].length;
    } else if ((m = /^\*([^*\s][^*]*?)\*/.exec(rest))) {
      flush();
      out.push({ t: 'em', c: parseInline(m[1]!) });
      i += m[0].length;
    } else {
      text += s[i];
      i += 1;
    }
  }
  flush();
  return out;
}

export function parseMarkdown(md: string): Block[] {
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: { kind: 'ol' | 'ul'; start: number; items: string[] } | null = null;
  const flushPara = () => {
    if (para.length) blocks.push({ t: 'p', c: parseInline(para.join(' ')) });
    para = [];
  };
  const flushList = () => {
    if (list) {
      const items = list.items.map(parseInline);
      blocks.push(list.kind === 'ol' ? { t: 'ol', start: list.start, items } : { t: 'ul', items });
    }
    list = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let m: RegExpExecArray | null;
    if (/^```/.test(line)) {
      flushPara();
      flushList();
      const body: string[] = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]!); i++) body.push(lines[i]!);
      blocks.push({ t: 'pre', v: body.join('\n') });
    } else if ((m = /^(#{1,4})\s+(.*)$/.exec(line))) {
      flushPara();
      flushList();
      blocks.push({ t: 'h', level: m[1]!.length as 1 | 2 | 3 | 4, c: parseInline(m[2]!.trim()), id: slug(m[2]!) });
    } else if ((m = /^!\[([^\]]*)\]\(([^)\s]+)\)\s*$/.exec(line))) {
      flushPara();
      flushList();
      blocks.push({ t: 'img', alt: m[1]!, src: m[2]! });
    } else if ((m = /^(\d+)[.)]\s+(.*)$/.exec(line))) {
      flushPara();
      if (list?.kind !== 'ol') {
        flushList();
        list = { kind: 'ol', start: Number(m[1]), items: [] };
      }
      list!.items.push(m[2]!);
    } else if ((m = /^[-*]\s+(.*)$/.exec(line))) {
      flushPara();
      if (list?.kind !== 'ul') {
        flushList();
        list = { kind: 'ul', start: 1, items: [] };
      }
      list!.items.push(m[1]!);
    } else if (/^\s+\S/.test(line) && list) {
      // A continuation line of the last list item.
      list.items[list.items.length - 1] += ' ' + line.trim();
    } else if (line.trim() === '') {
      flushPara();
      flushList();
    } else {
      flushList();
      para.push(line.trim());
    }
  }
  flushPara();
  flushList();
  return blocks;
}

/** Every image the guide references, in order of appearance. */
export function imagesOf(blocks: Block[]): string[] {
  const out: string[] = [];
  const walk = (c: Inline[]) => {
    for (const x of c) {
      if (x.t === 'img') out.push(x.src);
      else if (x.t === 'strong' || x.t === 'em') walk(x.c);
    }
  };
  for (const b of blocks) {
    if (b.t === 'img') out.push(b.src);
    else if (b.t === 'p' || b.t === 'h') walk(b.c);
    else if (b.t === 'ol' || b.t === 'ul') b.items.forEach(walk);
  }
  return out;
}
