import { z } from 'zod';
import { ACTIVITY_KINDS } from './kinds/registry';

export * from './primitives';

/** A form of communication (hình thức), also an activity kind of the log: a key of the kind registry. */
export type CommunicationForm = keyof typeof ACTIVITY_KINDS;
/**
 * Every form, in the registry's order (shared/domain/kinds/registry.ts): a new kind there is a new
 * form everywhere that lists the forms (the report's tables, the plan template, the province).
 */
export const COMMUNICATION_FORMS = Object.keys(ACTIVITY_KINDS) as [CommunicationForm, ...CommunicationForm[]];
export const CommunicationForm = z.enum(COMMUNICATION_FORMS);
