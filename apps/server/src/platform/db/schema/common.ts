import type { ColumnType } from 'kysely';

/** A column the database sets when the row is written and nobody changes. */
export type CreatedAt = ColumnType<Date, never, never>;
