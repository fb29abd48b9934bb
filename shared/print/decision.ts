import type { Decision, PlanFields, Signer } from '../domain/plan';
import { decisionText } from '../strings/plan-decision';
import { writableNumber, writableDate } from './blanks';

/** What the Quyết định ban hành prints, its standard wording filled in where left empty. */
export interface DecisionPrint {
  numberText: string;
  issuedOn: string | null;
  subject: string;
  authority: string;
  bases: string[];
  articles: { label: string; text: string }[];
  recipients: string[];
  signer: Signer;
}

/** "Tuyên truyền cải cách hành chính năm 2026" → "tuyên truyền cải cách hành chính năm 2026" (an acronym such as "CCHC" stays). */
export function inSentence(title: string): string {
  const t = title.trim();
  if (/^\p{Lu}{2}/u.test(t)) return t;
  return t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
}

/** "Điều 2. Quyết định này…" typed in full → "Quyết định này…" (the label is printed separately, in bold). */
const withoutLabel = (text: string) => text.replace(/^\s*Điều\s+\d+\s*\.\s*/u, '');

/** The QĐ of a plan issued by decision, or null for a plain Kế hoạch. */
export function decisionPrint(plan: Pick<PlanFields, 'title'> & { decision?: Decision | undefined }): DecisionPrint | null {
  const d = plan.decision;
  if (!d) return null;
  const title = inSentence(plan.title);
  const defaults = decisionText.defaultArticles(title);
  const typed = d.articles.map(withoutLabel);
  const texts = typed.length ? typed.map((x, i) => (x.trim() ? x : (defaults[i] ?? ''))) : defaults;
  return {
    numberText: d.numberText,
    issuedOn: d.issuedOn,
    subject: d.subject.trim() || decisionText.defaultSubject(title),
    authority: d.authority,
    bases: d.bases
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
    articles: texts.map((text, i) => ({ label: decisionText.articleLabel(i + 1), text })),
    recipients: d.recipients,
    signer: d.signer,
  };
}

/** "(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 20/01/2026)", blanks kept writable; null without a QĐ. */
export function attachedToDecisionLine(plan: Pick<PlanFields, 'year'> & { decision?: Decision | undefined }): string | null {
  const d = plan.decision;
  if (!d) return null;
  return decisionText.attachedTo(writableNumber(d.numberText), writableDate(d.issuedOn, plan.year));
}

/** A phụ lục page is printed only when the phụ lục has something in it. */
export const hasAnnex = (d: { sections: readonly unknown[]; tasks: readonly unknown[] }): boolean => d.sections.length + d.tasks.length > 0;
