import { defineConfig } from 'prisma/config';

// Used only by `prisma generate`: migrations are applied by lib/db/migrator.ts.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
