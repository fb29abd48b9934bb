import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No English may reach a screen (issue 14 §14): a <form> with `required`/`min`/`type=email`
 * inputs would show the browser's own English bubbles ("Please fill out this field."). Every
 * form of the renderer turns them off; the schemas' Vietnamese messages are shown instead.
 */
function tsxFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? tsxFiles(path.join(dir, d.name)) : d.name.endsWith('.tsx') ? [path.join(dir, d.name)] : []));
}

describe('renderer forms', () => {
  it('every <form> has noValidate', () => {
    const missing: string[] = [];
    let forms = 0;
    for (const file of tsxFiles(path.join(__dirname, '../../renderer/src'))) {
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(/<form\b([^>]*?)>/gs)) {
        forms++;
        if (!/\bnoValidate\b/.test(m[1]!)) missing.push(`${path.relative(process.cwd(), file)}: ${m[0].slice(0, 60).replace(/\s+/g, ' ')}`);
      }
    }
    expect(forms).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
