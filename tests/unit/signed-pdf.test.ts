import { beforeAll, describe, expect, it } from 'vitest';
import { verifySignedPdf } from '../../db/services/signed-pdf-verify';
import { signPdf, simplePdf, testP12 } from '../helpers/signed-pdf';
import { isAppError } from '../../shared/errors';

let signed: Buffer;
beforeAll(async () => {
  signed = await signPdf(simplePdf('Bao cao so 12/BC-UBND'), testP12('Nguyen Van A'));
}, 60_000);

async function refusal(bytes: Uint8Array): Promise<string> {
  try {
    await verifySignedPdf(bytes);
  } catch (e) {
    if (isAppError(e)) return e.message;
    throw e;
  }
  throw new Error('accepted');
}

describe('the report PDF signed elsewhere', () => {
  it('a PDF signed in the test is accepted, with signer, issuer and signing time', async () => {
    const sig = await verifySignedPdf(signed);
    expect(sig.subject).toContain('CN=Nguyen Van A');
    expect(sig.issuer).toContain('CN=Test CA (made in the test)');
    expect(sig.signingTime === null || !Number.isNaN(Date.parse(sig.signingTime))).toBe(true);
  });

  it('a byte changed inside the signed range is refused: changed after signing', async () => {
    const bad = Buffer.from(signed);
    const at = bad.indexOf('Bao cao so 12');
    bad[at] = 'X'.charCodeAt(0);
    expect(await refusal(bad)).toMatch(/tệp đã bị sửa sau khi ký/);
  });

  it('a PDF signed then appended to is refused: the signature does not cover the whole file', async () => {
    const appended = Buffer.concat([signed, Buffer.from('\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n', 'latin1')]);
    expect(await refusal(appended)).toMatch(/thêm nội dung sau khi ký/);
  });

  it('an unsigned PDF, and a file that is not a PDF, are refused with their own messages', async () => {
    expect(await refusal(simplePdf('Bao cao so 12/BC-UBND'))).toMatch(/chưa có chữ ký số/);
    expect(await refusal(Buffer.from('PK\x03\x04 not a pdf'))).toMatch(/không phải là tệp PDF/);
  });
});
