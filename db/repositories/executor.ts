import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema';

/** Repositories take either the database or an open transaction, never a service. */
export type Executor = Kysely<Database> | Transaction<Database>;
