import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'local/layers' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('lint enforces the folder boundaries', () => {
  it.each([
    ['shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;", /Node built-ins/],
    ['shared/x.ts', "import { openDatabase } from '../db/open';\nexport const a = openDatabase;", /may not import from 'db'/],
    ['shared/x.ts', 'export const w = window.location;', /window/],
    ['shared/x.ts', "import React from 'react';\nexport const r = React;", /may only import the packages/],
    ['renderer/src/x.ts', "import { openDatabase } from '../../db/open';\nexport const a = openDatabase;", /may not import from 'db'/],
    ['renderer/src/x.ts', "import path from 'path';\nexport const a = path;", /Node built-ins/],
    ['renderer/src/x.ts', "import { x } from '../../electron/main';\nexport const a = x;", /may not import from 'electron'/],
    ['db/x.ts', "import { app } from 'electron';\nexport const a = app;", /Only electron\//],
    ['db/x.ts', "import { x } from '../renderer/src/x';\nexport const a = x;", /may not import from 'renderer'/],
    ['preview/x.ts', "import { ipcMain } from 'electron';\nexport const a = ipcMain;", /Only electron\//],
  ])('%s: %s is refused', async (file, code, message) => {
    const errors = await layerErrors(file, code);
    expect(errors.join('\n')).toMatch(message);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';\nimport { vi } from './strings/index';\nexport const a = [z, vi];"],
    ['db/x.ts', "import fs from 'node:fs';\nimport { vi } from '../shared/strings/index';\nexport const a = [fs, vi];"],
    ['electron/x.ts', "import { app } from 'electron';\nimport { openApp } from '../db/host';\nexport const a = [app, openApp];"],
    ['renderer/src/x.ts', "import { vi } from '../../shared/strings/index';\nexport const a = vi;"],
  ])('%s: allowed imports pass', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});

describe('lint keeps every typed number on the one reader', () => {
  it("refuses Mantine's NumberInput in the renderer (it reads 1.200 as 1 and 1,5 as 15)", async () => {
    const [result] = await eslint.lintText("import { NumberInput } from '@mantine/core';\nexport const a = NumberInput;", {
      filePath: 'renderer/src/components/x.tsx',
    });
    expect((result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)).toEqual([
      expect.stringContaining('NumberField'),
    ]);
  });
});
