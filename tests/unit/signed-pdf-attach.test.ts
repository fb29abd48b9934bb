import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { testApps } from '../helpers/app';
import { readyToSubmit } from '../helpers/reports';
import { cidPdf, signPdf, simplePdf, testP12 } from '../helpers/signed-pdf';
import { tempDir } from '../helpers/temp';
import { createReport, submitReport } from '../../db/services/reports';
import { dispatch } from '../../shared/contract/dispatch';
import { pdfPageTexts, matchKey } from '../../db/pdf/pdf-text';
import { signedSummary, type SignedDocumentInfo } from '../../shared/domain/signed-document';
import { isAppError } from '../../shared/errors';

const open = testApps();
type App = Awaited<ReturnType<typeof open>>;

const REPORT_LINES = (no: string) => [
  'ỦY BAN NHÂN DÂN XÃ QUYẾT THẮNG',
  `Số: ${no}`,
  'BÁO CÁO',
  'Kết quả công tác tuyên truyền cải cách hành chính Quý I năm 2026',
];

let p12: Buffer;
let good: Buffer;
let otherNumber: Buffer;
beforeAll(async () => {
  p12 = testP12('Nguyễn Văn An');
  good = await signPdf(cidPdf([REPORT_LINES('15/BC-UBND'), ['Nơi nhận: Sở Nội vụ']]), p12);
  otherNumber = await signPdf(cidPdf([REPORT_LINES('16/BC-UBND')]), p12);
}, 120_000);

async function submitted(a: App): Promise<string> {
  const draft = await createReport(a.ctx, { kind: 'q1', year: 2026, from: null, to: null, deadline: null });
  await readyToSubmit(a.ctx, draft.id, '2026-03-09');
  return (await submitReport(a.ctx, { id: draft.id }, '2026-03-09T03:00:00.000Z')).id;
}

/** What a refusal must leave unchanged: rows, the change log, and the files under evidence/. */
function state(a: App) {
  const q = (sql: string) => (a.ctx.sqlite.prepare(sql).get() as { n: number }).n;
  const files = (dir: string): string[] =>
    fs.existsSync(dir)
      ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(dir, f)).isFile())
      : [];
  return {
    rows: q('SELECT count(*) AS n FROM signed_documents'),
    log: q('SELECT coalesce(max(seq), 0) AS n FROM change_log'),
    files: files(path.join(a.dataDir, 'evidence')).sort(),
  };
}

const attach = (a: App, id: string, bytes: Buffer, fileName = 'BaoCao_QuyI_daky.pdf') =>
  dispatch(a.handlers, 'reports.signed.attach', { id, fileName, base64: bytes.toString('base64') });

describe('"Đính kèm bản đã ký số" for a submitted report', () => {
  it('a PDF signed in the test is verified, kept with signer, issuer and time, and opens back byte for byte', async () => {
    const a = await open();
    const id = await submitted(a);
    const before = state(a);
    const env = await attach(a, id, good);
    expect(env).toMatchObject({
      ok: true,
      value: { ownerKind: 'report', ownerId: id, fileName: 'BaoCao_QuyI_daky.pdf', size: good.length },
    });
    const info = (env as { value: SignedDocumentInfo }).value;
    expect(info.signerSubject).toContain('CN=Nguyễn Văn An');
    expect(info.signerIssuer).toContain('CN=Test CA (made in the test)');
    expect(signedSummary(info)).toMatch(/^Nguyễn Văn An(, \d\d:\d\d \d\d\/\d\d\/\d{4})?$/);
    const after = state(a);
    expect(after.rows).toBe(before.rows + 1);
    expect(after.files.length).toBe(before.files.length + 1);
    expect(after.log).toBeGreaterThan(before.log);
    expect(await dispatch(a.handlers, 'reports.signed.get', { id })).toMatchObject({ ok: true, value: { sha256: info.sha256 } });
    const opened = await dispatch(a.handlers, 'reports.signed.open', { id });
    expect(Buffer.from((opened as { value: { base64: string } }).value.base64, 'base64').equals(good)).toBe(true);
  });

  it('the same PDF also attached to an activity as evidence, then removed there: the signed copy stays', async () => {
    const a = await open({ demo: true });
    const id = await submitted(a);
    await attach(a, id, good);
    const activityId = (a.ctx.sqlite.prepare('SELECT id FROM activities WHERE deleted_at IS NULL LIMIT 1').get() as { id: string }).id;
    const added = await dispatch(a.handlers, 'evidence.add', { activityId, name: 'ban-ky.pdf', base64: good.toString('base64') });
    const { sha256 } = (added as { value: { sha256: string } }).value;
    expect(await dispatch(a.handlers, 'evidence.remove', { activityId, sha256 })).toMatchObject({ ok: true });
    const opened = await dispatch(a.handlers, 'reports.signed.open', { id });
    expect(Buffer.from((opened as { value: { base64: string } }).value.base64, 'base64').equals(good)).toBe(true);
  });

  it('each bad file is refused with its own Vietnamese reason, and nothing changes', async () => {
    const a = await open();
    const id = await submitted(a);
    const changed = Buffer.from(good);
    // A byte inside the signed range: the page text's compressed stream.
    const at = changed.indexOf('stream\n') + 20;
    changed[at] = changed[at]! ^ 0x01;
    const appended = Buffer.concat([good, Buffer.from('\n9 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'latin1')]);
    const cases: [string, Buffer, RegExp][] = [
      ['byte changed in the signed range', changed, /tệp đã bị sửa sau khi ký/],
      ['appended after signing', appended, /thêm nội dung sau khi ký/],
      ['unsigned', cidPdf([REPORT_LINES('15/BC-UBND')]), /chưa có chữ ký số/],
      ['not a PDF', Buffer.from('PK\x03\x04 a .docx renamed .pdf'), /không phải là tệp PDF/],
      ['another report (số ký hiệu missing)', otherNumber, /không có số ký hiệu "15\/BC-UBND"/],
      ['empty', Buffer.alloc(0), /Tệp rỗng/],
    ];
    const messages = new Set<string>();
    for (const [name, bytes, reason] of cases) {
      const before = state(a);
      const env = await attach(a, id, bytes);
      expect(env.ok, name).toBe(false);
      const message = (env as { error: { message: string } }).error.message;
      expect(message, name).toMatch(reason);
      expect(message, name).not.toMatch(/[A-Za-z]+Error|undefined|zod/);
      messages.add(message);
      expect(state(a), name).toEqual(before);
    }
    expect(messages.size).toBe(cases.length);
    expect(await dispatch(a.handlers, 'reports.signed.get', { id })).toEqual({ ok: true, value: null });
  });

  it('a draft report is refused (sign what was submitted), and a second signed file replaces the first', async () => {
    const a = await open();
    const draft = await createReport(a.ctx, { kind: 'q2', year: 2026, from: null, to: null, deadline: null });
    const before = state(a);
    expect(await attach(a, draft.id, good)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/báo cáo đã nộp/) } });
    expect(state(a)).toEqual(before);
    const id = await submitted(a);
    await attach(a, id, good);
    const again = await signPdf(cidPdf([REPORT_LINES('15/BC-UBND'), ['bản ký lại']]), testP12('Trần Thị Bình'));
    // The name is kept for people only (the file is stored by its hash): a path becomes its last piece.
    expect(await attach(a, id, again, 'C:\\Users\\vhxh\\..\\ky-lai.pdf')).toMatchObject({ ok: true, value: { fileName: 'ky-lai.pdf' } });
    expect(state(a).rows).toBe(1);
    expect(await dispatch(a.handlers, 'reports.signed.get', { id })).toMatchObject({
      value: { signerSubject: expect.stringContaining('Trần Thị Bình') },
    });
  }, 60_000);
});

describe('the PDF text reader, against pdftotext as the oracle', () => {
  const pdftotext = (bytes: Buffer): string => {
    const f = path.join(tempDir(), 'x.pdf');
    fs.writeFileSync(f, bytes);
    return execFileSync('pdftotext', ['-q', f, '-'], { encoding: 'utf8' });
  };
  it.each([
    ['a CID font with ToUnicode and kerned TJ (Word, Chromium)', () => cidPdf([REPORT_LINES('21/BC-UBND'), ['Trang 2: Nơi nhận']])],
    ['a simple Type1 font with literal strings', () => simplePdf('Bao cao so 12/BC-UBND (quy I)')],
    ['the signed file (incremental update, signature widget)', () => good],
  ])('%s: every word pdftotext finds, this reader finds, in page order', (_name, make) => {
    const bytes = make();
    const mine = pdfPageTexts(bytes)!;
    const oracle = pdftotext(bytes)
      .split('\f')
      .filter((p) => p.trim());
    expect(mine.length).toBe(oracle.length);
    oracle.forEach((page, i) => expect(matchKey(mine[i]!)).toBe(matchKey(page)));
  });

  it('a decompression bomb stops at the budget instead of filling memory', async () => {
    const zlib = await import('node:zlib');
    const z = zlib.deflateSync(Buffer.alloc(8 * 1024 * 1024, 0x20));
    const pdf = Buffer.concat([
      Buffer.from(
        `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n`,
      ),
      Buffer.from(
        `3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n`,
      ),
      z,
      Buffer.from('\nendstream\nendobj\n%%EOF\n'),
    ]);
    expect(pdfPageTexts(pdf, 1024 * 1024)).toBeNull();
    expect(pdfPageTexts(pdf)).toHaveLength(1);
  });
});

describe('what is shown can never be changed in the file (property)', () => {
  it('one byte changed anywhere is refused — unless it lies in the unsigned gap and changes neither the document nor who, by whom, when', async () => {
    const fc = (await import('fast-check')).default;
    const { verifySignedPdf } = await import('../../db/services/signed-pdf-verify');
    const shown = await verifySignedPdf(good);
    const m = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)/.exec(good.toString('latin1'))!;
    const [gapFrom, gapTo] = [Number(m[2]), Number(m[3])];
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: good.length - 1 }), fc.integer({ min: 1, max: 255 }), async (at, delta) => {
        const bad = Buffer.from(good);
        bad[at] = (bad[at]! + delta) & 0xff;
        const got = await verifySignedPdf(bad).catch((e: unknown) =>
          isAppError(e) && e.code === 'FILE_INVALID' ? null : Promise.reject(e),
        );
        if (got === null) return true;
        accepted++;
        // Oracle: accepted only inside the signature container (not signed by design), showing exactly the same.
        return at > gapFrom && at < gapTo - 1 && JSON.stringify(got) === JSON.stringify(shown);
      }),
      { numRuns: 300 },
    );
    expect(accepted).toBeLessThan(300);
  }, 120_000);

  it('an edited signer name in the certificate, and a certificate expired when signing, are refused with their own reasons', async () => {
    const { verifySignedPdf } = await import('../../db/services/signed-pdf-verify');
    const reason = (b: Buffer) =>
      verifySignedPdf(b).then(
        () => 'accepted',
        (e: Error) => e.message,
      );
    const hexOf = (t: string) => Buffer.from(t, 'utf8').toString('hex');
    const text = good.toString('latin1');
    const at = text.toLowerCase().indexOf(hexOf('Nguyễn Văn An'));
    expect(at).toBeGreaterThan(0);
    const renamed = Buffer.from(text.slice(0, at) + hexOf('Nguyễn Văn Ba') + text.slice(at + hexOf('Nguyễn Văn Ba').length), 'latin1');
    expect(await reason(renamed)).toMatch(/Chứng thư số trong tệp không khớp với chữ ký/);
    const expired = await signPdf(cidPdf([REPORT_LINES('15/BC-UBND')]), testP12('Lê Văn Cũ', { validFrom: -400, validTo: -10 }));
    expect(await reason(expired)).toMatch(/đã hết hạn/);
  }, 120_000);
});

describe('the PDF text reader on hostile files', () => {
  it('damaged files (bytes changed, cut short, spliced) never throw and always finish', async () => {
    const fc = (await import('fast-check')).default;
    const base = [cidPdf([REPORT_LINES('15/BC-UBND')]), good, simplePdf('Bao cao so 12/BC-UBND')];
    fc.assert(
      fc.property(
        fc.nat({ max: base.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 255 })), { maxLength: 20 }),
        fc.option(fc.nat()),
        (which, edits, cut) => {
          const b = Buffer.from(base[which]!);
          for (const [at, v] of edits) b[at % b.length] = v;
          const bytes = cut === null ? b : b.subarray(0, cut % b.length);
          const pages = pdfPageTexts(bytes);
          return pages === null || pages.every((p) => typeof p === 'string');
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a form that draws itself a thousand times, and a page drawing it a thousand times, is read once (no exponential blow-up)', async () => {
    const zlib = await import('node:zlib');
    const draws = Array.from({ length: 1000 }, () => '/X Do').join('\n');
    const form = zlib.deflateSync(Buffer.from(`BT /F1 12 Tf (15/BC-UBND) Tj ET\n${draws}`));
    const page = zlib.deflateSync(Buffer.from(draws));
    const pdf = Buffer.concat([
      Buffer.from(
        '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n',
      ),
      Buffer.from('3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /XObject << /X 5 0 R >> >> >>\nendobj\n'),
      Buffer.from(`4 0 obj\n<< /Length ${page.length} /Filter /FlateDecode >>\nstream\n`),
      page,
      Buffer.from(
        `\nendstream\nendobj\n5 0 obj\n<< /Type /XObject /Subtype /Form /Resources << /XObject << /X 5 0 R >> >> /Length ${form.length} /Filter /FlateDecode >>\nstream\n`,
      ),
      form,
      Buffer.from('\nendstream\nendobj\n%%EOF\n'),
    ]);
    const started = Date.now();
    const pages = pdfPageTexts(pdf)!;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(matchKey(pages[0]!)).toContain(matchKey('15/BC-UBND'));
  });
});

it('a content stream nested ten thousand arrays deep is "unreadable", not a crash', () => {
  const deep = `BT /F1 12 Tf ${'['.repeat(10_000)} (15/BC-UBND) Tj ET`;
  const pdf = Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n` +
      `3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n4 0 obj\n<< /Length ${deep.length} >>\nstream\n${deep}\nendstream\nendobj\n%%EOF\n`,
  );
  expect(pdfPageTexts(pdf)).toBeNull();
});
