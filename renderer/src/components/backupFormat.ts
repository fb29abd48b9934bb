/** The backup screens' names for the one formatting module (shared/format.ts). */
export { formatDateTime, formatDate } from '../../../shared/format';
