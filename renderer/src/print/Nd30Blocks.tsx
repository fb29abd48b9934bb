import type { ReactNode } from 'react';
import { proseLines, placeDateLine } from '../../../shared/print/nd30';
import { writableNumber } from '../../../shared/print/blanks';
import { vi } from '../../../shared/strings/index';

/** Quốc hiệu/Tiêu ngữ on the right, cơ quan chủ quản/ban hành and "Số:" on the left (NĐ 30 header). */
export function NationalHeader(props: {
  parentBody?: string;
  issuer: string;
  numberText?: string;
  place: string;
  isoDate: string | null;
  year: number;
  month?: number;
  withDate?: boolean;
}) {
  return (
    <table className="nd30-header" data-testid="nd30-header">
      <tbody>
        <tr>
          <td className="nd30-left">
            {props.parentBody ? <div className="nd30-parent">{props.parentBody}</div> : null}
            <div className="nd30-issuer">
              <span className="nd30-rule">{props.issuer}</span>
            </div>
            {props.numberText !== undefined && (
              <div className="nd30-number">
                {vi.print.numberPrefix} {writableNumber(props.numberText)}
              </div>
            )}
          </td>
          <td className="nd30-right">
            <div className="nd30-national">{vi.print.nationalTitle}</div>
            <div className="nd30-motto">
              <span className="nd30-rule">{vi.print.motto}</span>
            </div>
            {props.withDate !== false && (
              <div className="nd30-place-date">{placeDateLine(props.place, props.isoDate, props.year, props.month)}</div>
            )}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Document type ("KẾ HOẠCH", "BÁO CÁO") and trích yếu, centred and bold. */
export function DocTitle({ type, subject }: { type: string; subject: string }) {
  return (
    <>
      <p className="nd30-doctype">{type}</p>
      <p className="nd30-subject">{subject}</p>
    </>
  );
}

/** Free text printed as justified paragraphs with first-line indent; "- " lines stay bullets. */
export function Prose({ text }: { text: string }) {
  return (
    <div className="nd30-prose">
      {proseLines(text).map((l, i) => (
        <p key={i}>{l.text}</p>
      ))}
    </div>
  );
}

/** A bold body heading ("I. MỤC ĐÍCH, YÊU CẦU"). */
export function Heading({ children }: { children: ReactNode }) {
  return <p className="nd30-heading">{children}</p>;
}

/** "Nơi nhận:" label and its list (11 pt), each line prefixed "- ". */
export function RecipientsBlock({ items }: { items: string[] }) {
  return (
    <div>
      <div className="nd30-recipients-label">{vi.print.recipientsLabel}</div>
      <ul>
        {items.map((r, i) => (
          <li key={i}>- {r.replace(/^-\s*/, '')}</li>
        ))}
      </ul>
    </div>
  );
}

/** Signer block: TM./KT. lines, chức vụ, room for signature and seal, full name. */
export function SignerBlock({ authority, deputy, position, name }: { authority: string; deputy: string; position: string; name: string }) {
  return (
    <div>
      {authority && <div>{authority}</div>}
      {deputy && <div>{deputy}</div>}
      {position && <div>{position}</div>}
      <div className="nd30-signer-space" />
      <div>{name}</div>
    </div>
  );
}

/** Nơi nhận on the left, signer on the right, kept together on one page. */
export function SignOff({
  recipients,
  signer,
}: {
  recipients: string[];
  signer: { authority: string; deputy: string; position: string; name: string };
}) {
  return (
    <table className="nd30-signoff" data-testid="nd30-signoff">
      <tbody>
        <tr>
          <td className="nd30-recipients">{recipients.length > 0 && <RecipientsBlock items={recipients} />}</td>
          <td className="nd30-signer">
            <SignerBlock {...signer} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** A column of a printed data table: its label and its share of the width in percent. */
export interface PrintColumn {
  label: string;
  width: number;
  /** Numbers are right-aligned. */
  numeric?: boolean;
}
/** A printed table row: cells, or a group title row (e.g. a Roman-numbered section). */
export type PrintRow = { kind: 'row'; key: string; cells: string[] } | { kind: 'group'; key: string; label: string; title: string };

/** A bordered data table whose header row repeats on every printed page; rows don't split. */
export function PrintTable({ columns, rows, testId }: { columns: PrintColumn[]; rows: PrintRow[]; testId?: string }) {
  const total = columns.reduce((s, c) => s + c.width, 0) || 1;
  return (
    <table className="nd30-table" data-testid={testId}>
      <colgroup>
        {columns.map((c, i) => (
          <col key={i} style={{ width: `${(c.width / total) * 100}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i}>{c.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) =>
          r.kind === 'group' ? (
            <tr key={r.key} className="nd30-group">
              <td className="nd30-order">{r.label}</td>
              <td colSpan={columns.length - 1}>{r.title}</td>
            </tr>
          ) : (
            <tr key={r.key}>
              {r.cells.map((c, i) => (
                <td key={i} className={i === 0 ? 'nd30-order' : columns[i]?.numeric ? 'nd30-num' : undefined}>
                  {c}
                </td>
              ))}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
