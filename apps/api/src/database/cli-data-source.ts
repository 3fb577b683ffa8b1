// Entry point for the TypeORM CLI (npm run db:migrate, db:revert, db:generate).
import { createDataSource } from './data-source';

const url = process.env['DATABASE_URL'];
if (!url) {
  throw new Error('Set DATABASE_URL to the database to migrate (the embedded demo database migrates itself on start).');
}
export default createDataSource(url);
