export * from './schema';
export type { Database, Db, SqlSession } from './database';
export { createDb, type CreateDbOptions } from './create-db';
export { DataDirInUseError } from './data-dir-lock';
export { migrate, listMigrations, type MigrationResult } from './migrate';
export { sqlState, isUniqueViolation, isExclusionViolation } from './errors';
export * from './repositories/users';
export * from './repositories/api-keys';
