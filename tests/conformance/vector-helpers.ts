import zlib from 'node:zlib';
import { build, canon, type Knobs, type Part, type Rows } from './vector-builder';
import { baseManifest, baseRows } from './vector-rows';
import { base } from './vector-keys';

/** Shared pieces of the conformance vector cases: the Case shape and the edits that make faults. */
/** One vector: a name, the expected verdict ("ok" or a refusal code), why, and how to make it. */
export interface Case {
  name: string;
  expect: string;
  why: string;
  knobs?: Partial<Knobs>;
  bytes?: Buffer;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export type Row = Record<string, unknown>;
export const rowsWith = (edit: (r: Rows) => void): Rows => {
  const r = baseRows();
  edit(r);
  return r;
};
export const act = (i: number, edit: (a: Row & { details: Row }) => void): Partial<Knobs> => ({
  rows: rowsWith((r) => edit(r.activities[i] as Row & { details: Row })),
});
export const text = (edit: (t: string) => string, over: Partial<Knobs> = {}): Partial<Knobs> => ({
  ...over,
  text: (e) => edit(JSON.stringify(e)),
});
export const nest = (n: number): unknown => (n === 0 ? 1 : [nest(n - 1)]);
/** Replace the first occurrence of `find` in `buf` with `bytes`. */
export const splice = (buf: Buffer, find: string, bytes: number[] | Buffer): Buffer => {
  const at = buf.indexOf(find);
  if (at < 0) throw new Error(`vector: no ${find}`);
  return Buffer.concat([buf.subarray(0, at), Buffer.from(bytes), buf.subarray(at + Buffer.byteLength(find))]);
};
export const rawActivities = (edit: (t: string) => string | Buffer): Partial<Knobs> => {
  const t = edit(canon(baseRows().activities).toString('utf8'));
  return { rawPart: { activities: Buffer.isBuffer(t) ? t : Buffer.from(t, 'utf8') } };
};
export const rawReports = (edit: (t: string) => string): Partial<Knobs> => ({
  rawPart: { reports: Buffer.from(edit(canon(baseRows().reports).toString('utf8')), 'utf8') },
});
/** Flip the last padding bit of the character before `=`: same bytes for a lenient decoder. */
export const dirtyPadding = (b64: string): string => {
  const i = b64.search(/=+$/) - 1;
  return b64.slice(0, i) + B64[B64.indexOf(b64[i]!) ^ 1] + b64.slice(i + 1);
};
export const flipChar = (s: string, i: number): string => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
/** A part whose base64 ends with padding, so padding vectors really change something. */
export const paddedPart = (): Part => {
  const env = JSON.parse(build(base()).bytes.toString('utf8')) as { parts: Record<Part, string> };
  return (Object.keys(env.parts) as Part[]).find((p) => env.parts[p].endsWith('=') && /[+/]/.test(env.parts[p]))!;
};
export const reversedKeys = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(reversedKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .reverse()
            .map(([k, x]) => [k, reversedKeys(x)]),
        )
      : v;
export const asciiEscaped = (t: string): string =>
  t.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** Signature text with '+' or '/' in it (so base64url differs), found by varying appVersion. */
export const sigWithSpecials = (): Partial<Knobs> => {
  for (let v = 0; ; v++) {
    const m = { ...baseManifest(), appVersion: `1.0.${v}` };
    const env = JSON.parse(build(base({ manifest: m })).bytes.toString('utf8')) as { signature: string };
    if (/[+/]/.test(env.signature)) return { manifest: m };
  }
};
export const EMOJI = '\u{1F600}';
export const gzipWithName = (raw: Buffer): Buffer => {
  const gz = zlib.gzipSync(raw);
  const head = Buffer.from(gz.subarray(0, 10));
  head[3] = head[3]! | 0x08; // FNAME
  return Buffer.concat([head, Buffer.from('hoat-dong.json\0', 'latin1'), gz.subarray(10)]);
};
