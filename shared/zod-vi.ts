import { z } from 'zod';
import { fieldLabels, schemaText as t } from './strings/fields';
import { formatNumber } from './format';

/**
 * The app's one zod error map: every schema message in plain Vietnamese that names the field
 * ("Số người dự: không được lớn hơn 100.000"), so no English ("Too big: expected number…")
 * can reach a screen. Installed on import by shared/domain/common.ts and shared/contract/channel.ts,
 * so the renderer's forms, dispatch, the CLI and the import worker all get it. A message written
 * in a schema itself still wins.
 */

const num = (v: unknown): string => (typeof v === 'number' || typeof v === 'bigint' ? formatNumber(Number(v)) : String(v));

/** "Số người dự", "Khung giờ (dòng 2)"; null when the path names no known field. */
export function fieldLabel(path: readonly PropertyKey[] | undefined): string | null {
  if (!path || path.length === 0) return null;
  const last = path[path.length - 1];
  if (typeof last === 'number') {
    const parent = fieldLabel(path.slice(0, -1));
    return parent ? t.row(parent, last + 1) : null;
  }
  return typeof last === 'string' && Object.prototype.hasOwnProperty.call(fieldLabels, last) ? fieldLabels[last]! : null;
}

type RawIssue = z.core.$ZodRawIssue;

function problem(iss: RawIssue): string {
  const i = iss as RawIssue & Record<string, unknown>;
  switch (iss.code) {
    case 'invalid_type':
      if (i.input === undefined) return t.required;
      return t.wrongType(t.kinds[String(i.expected)] ?? t.kinds.other!);
    case 'too_big': {
      const max = num(i.maximum);
      switch (i.origin) {
        case 'number':
        case 'int':
        case 'bigint':
          return i.inclusive === false ? t.below(max) : t.notAfter(max);
        case 'string':
          return t.tooLong(max);
        case 'array':
        case 'set':
          return t.tooMany(max);
        case 'date':
          return t.dateTooLate;
        case 'file':
          return t.fileTooLarge;
        default:
          return t.notAfter(max);
      }
    }
    case 'too_small': {
      const min = num(i.minimum);
      switch (i.origin) {
        case 'number':
        case 'int':
        case 'bigint':
          return i.inclusive === false ? t.above(min) : t.notBefore(min);
        case 'string':
          return Number(i.minimum) <= 1 ? t.required : t.tooShort(min);
        case 'array':
        case 'set':
          return t.tooFew(min);
        case 'date':
          return t.dateTooEarly;
        default:
          return t.notBefore(min);
      }
    }
    case 'invalid_format': {
      const format = String(i.format);
      return t.badFormat[format] ?? (format.startsWith('iso') || format.includes('date') ? t.badFormat.date! : t.badFormat.other!);
    }
    case 'not_multiple_of':
      return t.multipleOf(num(i.divisor));
    case 'unrecognized_keys':
      return t.extraKeys(Array.isArray(i.keys) ? i.keys.length : 1);
    case 'invalid_value':
      return t.notAllowedValue;
    case 'invalid_union':
      return t.noMatch;
    default:
      return t.invalid;
  }
}

/** The message for one issue: the field's Vietnamese name, then what is wrong with it. */
export function vietnameseIssueMessage(iss: RawIssue): string {
  const label = fieldLabel(iss.path) ?? t.whole;
  return `${label}: ${problem(iss)}`;
}

/** For summaries (dispatch, alerts): a schema-written message gets its field's name in front. */
export function issueText(issue: { path: readonly PropertyKey[]; message: string }): string {
  const label = fieldLabel(issue.path);
  return label && !issue.message.startsWith(label) ? `${label}: ${issue.message}` : issue.message;
}

let installed = false;
export function installVietnameseErrors(): void {
  if (installed) return;
  installed = true;
  z.config({ customError: (iss) => vietnameseIssueMessage(iss) });
}

installVietnameseErrors();
