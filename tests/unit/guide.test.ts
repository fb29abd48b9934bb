import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, imagesOf, parseInline } from '../../renderer/src/help/markdown';
import { GUIDE_SCREENSHOTS, GUIDE_SHOTS_BY_SECTION } from '../e2e/guide-shots';

const ROOT = path.join(__dirname, '../..');
const GUIDE = fs.readFileSync(path.join(ROOT, 'docs/huong-dan-su-dung.md'), 'utf8');
const IMAGES = path.join(ROOT, 'docs/images');

describe('docs/huong-dan-su-dung.md and its screenshots', () => {
  const blocks = parseMarkdown(GUIDE);
  const refs = imagesOf(blocks);
  const pngs = fs
    .readdirSync(IMAGES)
    .filter((f) => f.endsWith('.png'))
    .sort();

  it('references only images that exist in docs/images, each once', () => {
    expect(refs.length).toBeGreaterThan(10);
    for (const r of refs) {
      expect(r.startsWith('images/'), r).toBe(true);
      expect(fs.existsSync(path.join(ROOT, 'docs', r)), r).toBe(true);
    }
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('every PNG in docs/images is referenced by the guide and produced by the screenshot script, in the guide order', () => {
    expect(pngs).toEqual(refs.map((r) => path.basename(r)).sort());
    expect(refs.map((r) => path.basename(r))).toEqual(GUIDE_SCREENSHOTS);
  });

  it("each section's screenshots appear under that section's heading", () => {
    const headings = Object.keys(GUIDE_SHOTS_BY_SECTION);
    for (const [i, h] of headings.entries()) {
      const start = GUIDE.indexOf(`\n## ${h}\n`);
      expect(start, h).toBeGreaterThan(0);
      const next = GUIDE.indexOf('\n## ', start + 1);
      const body = GUIDE.slice(start, next < 0 ? undefined : next);
      for (const shot of GUIDE_SHOTS_BY_SECTION[h as keyof typeof GUIDE_SHOTS_BY_SECTION])
        expect(body, `${shot} under ${h}`).toContain(`(images/${shot})`);
      if (i > 0) expect(start).toBeGreaterThan(GUIDE.indexOf(`\n## ${headings[i - 1]}\n`));
    }
  });

  it('the screenshots are 1280×800 PNGs of modest size', () => {
    for (const f of pngs) {
      const b = fs.readFileSync(path.join(IMAGES, f));
      expect(b.subarray(1, 4).toString('ascii'), f).toBe('PNG');
      expect([b.readUInt32BE(16), b.readUInt32BE(20)], f).toEqual([1280, 800]);
      expect(b.length, f).toBeLessThan(400 * 1024);
    }
  });

  it('quotes button names that exist in the app strings', async () => {
    const { vi } = await import('../../shared/strings/index');
    const all = JSON.stringify(vi);
    for (const name of [
      'Bắt đầu với dữ liệu của xã tôi',
      'Xem thử với dữ liệu mẫu',
      'Bắt đầu sử dụng',
      'Lập kế hoạch / nhập phụ lục',
      'Nhập phụ lục từ Excel',
      'Ẩn cột Chỉ tiêu, Kỳ thực hiện',
      'Ghi hoạt động',
      'Lưu hoạt động',
      'Nộp báo cáo (chốt số liệu)',
      'Lập bản điều chỉnh',
      'Tạo gói và ghi vào USB',
      'Tải thẻ khoá (gửi tỉnh đăng ký)',
      'Sao lưu ra USB',
      'Khôi phục dữ liệu này',
      'Khôi phục bản sao lưu này',
      'Thêm thẻ khoá',
      'Kiểm tra và nhập',
      'Trợ giúp',
    ]) {
      expect(all, name).toContain(name);
      if (name !== 'Trợ giúp') expect(GUIDE, name).toContain(`**${name}**`);
    }
  });
});

describe('the guide markdown reader', () => {
  it('reads headings, numbered and bulleted lists, emphasis, code and images', () => {
    const b = parseMarkdown(
      '# Tiêu đề\n\nĐoạn **đậm** và *nghiêng* với `mã`.\n\n1. Một\n2. Hai\n   tiếp\n\n- a\n- b\n\n![Ảnh](images/x.png)\n\n```\ncchc import E:\\\n```\n',
    );
    expect(b.map((x) => x.t)).toEqual(['h', 'p', 'ol', 'ul', 'img', 'pre']);
    expect(b[0]).toMatchObject({ level: 1, id: 'tieu-de' });
    expect(b[1]).toMatchObject({
      c: [
        { t: 'text', v: 'Đoạn ' },
        { t: 'strong' },
        { t: 'text', v: ' và ' },
        { t: 'em' },
        { t: 'text', v: ' với ' },
        { t: 'code', v: 'mã' },
        { t: 'text', v: '.' },
      ],
    });
    expect(b[2]).toMatchObject({ t: 'ol', start: 1, items: [[{ t: 'text', v: 'Một' }], [{ t: 'text', v: 'Hai tiếp' }]] });
    expect(imagesOf(b)).toEqual(['images/x.png']);
    expect(b[5]).toMatchObject({ t: 'pre', v: 'cchc import E:\\' });
  });

  it('keeps raw HTML as plain text (nothing to inject)', () => {
    expect(parseInline('<img src=x onerror=alert(1)> <script>x</script>')).toEqual([
      { t: 'text', v: '<img src=x onerror=alert(1)> <script>x</script>' },
    ]);
  });
});
