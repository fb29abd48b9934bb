import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function bridgeErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/bridge').map((m) => m.message);
}

describe('lint: only stores call the bridge', () => {
  it.each([
    ['renderer/src/components/X.tsx', "import { invoke } from '../bridge';\nexport const f = () => invoke('app.info', {});"],
    ['renderer/src/pages/X.tsx', "import { invoke as call } from '../bridge';\nexport const f = () => call('app.info', {});"],
    ['renderer/src/pages/X.tsx', "import * as bridge from '../bridge';\nexport const f = () => bridge.invoke('app.info', {});"],
    ['renderer/src/components/X.tsx', "export const f = () => (window as any).cchc.invoke('app.info', {});"],
  ])('%s: a bridge call outside the stores is refused', async (file, code) => {
    expect((await bridgeErrors(file, code)).join('\n')).toMatch(/Only stores call the bridge/);
  });

  it.each([
    ['renderer/src/stores/x.ts', "import { invoke } from '../bridge';\nexport const f = () => invoke('app.info', {});"],
    [
      'renderer/src/pages/X.tsx',
      "import { errorMessage } from '../bridge';\nimport { activityEntry } from '../stores/activity-entry';\nexport const f = () => activityEntry.units().catch(errorMessage);",
    ],
  ])('%s: stores, and pages calling stores, pass', async (file, code) => {
    expect(await bridgeErrors(file, code)).toEqual([]);
  });
});
