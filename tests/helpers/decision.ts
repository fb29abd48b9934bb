import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES } from './plans';
import type { PlanFieldsInput } from '../../shared/domain/plan';

/** Seed 003 (phường Vũng Áng) as plan fields with its Quyết định ban hành (tests/fixtures/make-decision-fixture.mjs). */
export const seed003Fields = (): PlanFieldsInput =>
  JSON.parse(fs.readFileSync(path.join(FIXTURES, 'seed003-plan.json'), 'utf8')) as PlanFieldsInput;
