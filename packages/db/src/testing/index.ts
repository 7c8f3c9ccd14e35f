export { openTestDatabase, createEmptyPostgresDatabase } from './test-database';
