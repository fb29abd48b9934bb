import { LAYOUT_COMMUNE_7, LAYOUT_PROVINCE_5, type BodySection, type PlanFieldsInput } from '../../shared/domain/plan';
import { AppError } from '../../shared/errors';
import { docxImportText as t } from '../../shared/strings/plan-import';
import { readDocxBlocks, type DocxBlock } from './docx-blocks';
import { tasksByUnit, tasksFromProse, tasksFromTables, type RecognisedTask } from './plan-docx-tasks';
import { looksLikeXlsx as looksLikeZip } from './xlsx-common';
import { toNfcDeep } from '../../shared/text';

/** What a Word plan was read as: the plan's fields and its tasks (nothing saved yet). */
export interface RecognisedPlan {
  fields: PlanFieldsInput;
  tasks: RecognisedTask[];
}

export const MAX_DOCX_BYTES = 20 * 1024 * 1024;
const ROMAN_HEADING = /^[IVX]+\.\s+\S/u;
const DATE_LINE = /^(.*?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/u;
const isUpper = (s: string) => s === s.toLocaleUpperCase('vi') && /\p{L}/u.test(s);
const NATIONAL = /CỘNG HÒA XÃ HỘI|Độc lập - Tự do/iu;

/** Read the bytes as a Word file; a file that is not one is refused with a Vietnamese message. */
export async function readPlanDocx(
  bytes: Uint8Array,
  fileName: string,
  defaults: { issuer: string; year: number },
): Promise<RecognisedPlan> {
  if (bytes.length > MAX_DOCX_BYTES) throw new AppError('FILE_TOO_LARGE', t.tooLarge(MAX_DOCX_BYTES / 1024 / 1024));
  if (!looksLikeZip(bytes)) throw new AppError('FILE_INVALID', t.notDocx(fileName));
  let blocks: DocxBlock[];
  try {
    blocks = await readDocxBlocks(bytes);
  } catch {
    throw new AppError('FILE_INVALID', t.unreadable(fileName));
  }
  if (!blocks.length) throw new AppError('FILE_INVALID', t.empty);
  return recognisePlan(blocks, defaults);
}

/** Sort a Word plan's paragraphs into the NĐ 30 parts: header, title, căn cứ, body parts, Nơi nhận, signer; then its tasks. */
export function recognisePlan(blocks: DocxBlock[], defaults: { issuer: string; year: number }): RecognisedPlan {
  // NFC first: a plan typed with Unikey "tổ hợp" must match "ngày … tháng … năm" like any other.
  blocks = toNfcDeep(blocks);
  const paras = blocks.filter((b): b is Extract<DocxBlock, { kind: 'p' }> => b.kind === 'p').map((b) => b.text);
  const typeAt = paras.findIndex((p) => p === 'KẾ HOẠCH' || p === 'QUYẾT ĐỊNH');
  if (typeAt < 0 || !paras[typeAt + 1]) throw new AppError('FILE_INVALID', t.noTitle);
  const isDecision = paras[typeAt] === 'QUYẾT ĐỊNH';

  // Header: issuer lines, "Số:", "<place>, ngày … tháng … năm …" (one line or two).
  let numberText = '';
  let place = '';
  let issuedOn: string | null = null;
  let issuedMonth: number | undefined;
  let year = defaults.year;
  const issuerLines: string[] = [];
  for (const p of paras.slice(0, typeAt)) {
    let rest = p;
    const num = /^Số\s*:?\s*(\S*)\s*(.*)$/u.exec(p);
    if (num) {
      numberText = num[1]!;
      rest = num[2]!;
    }
    const date = DATE_LINE.exec(rest);
    if (date) {
      place = date[1]!.trim();
      year = Number(date[4]);
      const [d, m] = [date[2], date[3]].map((x) => (x ? Number(x) : undefined));
      if (d && m) issuedOn = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      else if (m) issuedMonth = m;
    } else if (!num && isUpper(p) && !NATIONAL.test(p)) issuerLines.push(p);
  }

  // Title: the line after the document type, with its continuation lines ("năm 2023 của …").
  let i = typeAt + 1;
  let subject = paras[i]!;
  while (paras[i + 1] && /^\p{Ll}/u.test(paras[i + 1]!)) subject += ` ${paras[++i]!}`;
  i++;

  const nhan = paras.findIndex((p, k) => k > i && /^Nơi nhận\s*:?$/u.test(p));
  const end = nhan < 0 ? paras.length : nhan;
  const recipients: string[] = [];
  let k = nhan < 0 ? paras.length : nhan + 1;
  for (; k < paras.length && /^[-+•]/.test(paras[k]!); k++) recipients.push(paras[k]!.replace(/^[-+•]\s*/, ''));
  const signerLines: string[] = [];
  for (; k < paras.length && isUpper(paras[k]!) && !/^PHỤ LỤC/u.test(paras[k]!); k++) signerLines.push(paras[k]!);
  const name = k < paras.length && !/^PHỤ LỤC/u.test(paras[k]!) ? paras[k]! : '';
  const signer = {
    authority: signerLines.find((l) => /^TM\./u.test(l)) ?? '',
    deputy: signerLines.find((l) => /^(KT|TL|TUQ)\./u.test(l)) ?? '',
    position: signerLines.filter((l) => !/^(TM|KT|TL|TUQ)\./u.test(l)).join(' '),
    name,
  };
  const after = paras.slice(k + (name ? 1 : 0));
  const annexHead = after.findIndex((p) => /^PHỤ LỤC/u.test(p));
  const annexLines = annexHead < 0 ? [] : after.slice(annexHead, annexHead + 3);

  // Body: for a QĐ, the plan sits in Điều 1 (from after its first line to "Điều 2.").
  let bodyFrom = i;
  let bodyTo = end;
  const decision = isDecision ? decisionParts(paras, typeAt, end) : null;
  if (decision) [bodyFrom, bodyTo] = [decision.bodyFrom, decision.bodyTo];
  const body: BodySection[] = [];
  const opening: string[] = [];
  const closing: string[] = [];
  const located: { text: string; section: string | null }[] = [];
  for (const p of paras.slice(bodyFrom, bodyTo)) {
    if (ROMAN_HEADING.test(p)) body.push({ heading: p, text: '' });
    else if (/^Trên đây là/u.test(p)) closing.push(p);
    else if (closing.length) closing.push(p);
    else if (!body.length) opening.push(p);
    else body[body.length - 1]!.text += (body[body.length - 1]!.text ? '\n' : '') + p;
    if (body.length && !ROMAN_HEADING.test(p) && !closing.length) located.push({ text: p, section: body[body.length - 1]!.heading });
  }

  const table = blocks.find((b) => b.kind === 'table');
  const columns = table && table.kind === 'table' && table.rows[0]!.length <= 5 ? LAYOUT_PROVINCE_5 : LAYOUT_COMMUNE_7;
  const annex = {
    heading: annexLines.find((l) => /^PHỤ LỤC/u.test(l)) ?? 'PHỤ LỤC',
    title: annexLines.find((l) => !/^PHỤ LỤC/u.test(l) && !l.startsWith('(')) ?? '',
    subtitle: annexLines.find((l) => l.startsWith('(')) ?? '',
    orderLabel: 'TT',
    columns,
  };
  let tasks = tasksFromTables(blocks, annex);
  if (!tasks.length) tasks = tasksFromProse(located);
  if (!tasks.length) {
    const org = body.find((s) => /TỔ CHỨC THỰC HIỆN/u.test(s.heading));
    if (org) tasks = tasksByUnit(org.text.split('\n'), org.heading);
  }

  const title = decision ? decision.planTitle : subject;
  const fields: PlanFieldsInput = {
    year,
    title: title.slice(0, 500),
    parentBody: issuerLines.length > 1 ? issuerLines[0]! : '',
    issuer: issuerLines.length ? issuerLines[issuerLines.length - 1]! : defaults.issuer,
    numberText: decision ? '' : numberText,
    place,
    issuedOn: decision ? null : issuedOn,
    ...(decision || issuedMonth === undefined ? {} : { issuedMonth }),
    opening: opening.join('\n'),
    body: body.slice(0, 30),
    closing: closing.join('\n'),
    recipients: decision ? [] : recipients.slice(0, 40),
    signer: decision ? { authority: '', deputy: '', position: '', name: '' } : signer,
    annex,
    amendsPlanId: null,
    ...(decision
      ? {
          decision: {
            numberText,
            issuedOn,
            subject,
            authority: decision.authority,
            bases: decision.bases.join('\n'),
            articles: decision.articles,
            recipients: recipients.slice(0, 40),
            signer,
          },
        }
      : {}),
  };
  return { fields, tasks };
}

/** A QĐ's own parts: thẩm quyền, căn cứ, the articles, and where the plan it carries sits. */
function decisionParts(paras: string[], typeAt: number, end: number) {
  const subject = paras[typeAt + 1]!;
  const authority = paras[typeAt + 2] && isUpper(paras[typeAt + 2]!) ? paras[typeAt + 2]! : '';
  const decides = paras.findIndex((p, k) => k > typeAt && /^QUYẾT ĐỊNH\s*:$/u.test(p));
  const basesFrom = typeAt + (authority ? 3 : 2);
  const bases = decides < 0 ? [] : paras.slice(basesFrom, decides);
  const articleAt = (n: number) => paras.findIndex((p, k) => k > decides && k < end && p.startsWith(`Điều ${n}.`));
  const art1 = articleAt(1);
  const art2 = articleAt(2);
  const articles = [art1, art2, articleAt(3)].filter((x) => x >= 0).map((x) => paras[x]!);
  if (articles[0])
    articles[0] = articles[0]
      .replace(/^Điều 1\.\s*Ban hành Kế hoạch/u, 'Ban hành kèm theo Quyết định này Kế hoạch')
      .replace(/\s*\(sau đây.*$/u, '.');
  const planTitle = subject.replace(/^(Về việc\s+)?ban hành Kế hoạch\s+/iu, '');
  return {
    authority,
    bases,
    articles,
    planTitle: planTitle.charAt(0).toLocaleUpperCase('vi') + planTitle.slice(1),
    bodyFrom: art1 >= 0 ? art1 + 1 : decides + 1,
    bodyTo: art2 >= 0 ? art2 : end,
  };
}
