import type { Client } from 'pg';

// A bulk load writes rows into bare tables and builds each index once at the end, which
// is far cheaper than maintaining nine indexes row by row. Definitions are read from the
// catalogue, so what is rebuilt is exactly what the migrations made.

interface SuspendedIndexes {
  restore: () => Promise<number>;
}

/** Drops the table's indexes (its primary key too unless kept) until restore() is called. */
export async function suspendIndexes(
  client: Client,
  table: string,
  { keepPrimaryKey }: { keepPrimaryKey: boolean },
): Promise<SuspendedIndexes> {
  const { rows: found } = await client.query<{
    name: string;
    definition: string;
    constraint: string | null;
  }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition,
            c.conname AS constraint
     FROM pg_index i LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid
     WHERE i.indrelid = $1::regclass`,
    [table],
  );
  // A serial primary key grows at its right edge only: cheap to keep during the load.
  const rows = found.filter((index) => !(keepPrimaryKey && index.constraint));
  const constraints: { name: string; definition: string }[] = [];
  for (const index of rows) {
    if (index.constraint) {
      const { rows: constraint } = await client.query<{ definition: string }>(
        `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = $1`,
        [index.constraint],
      );
      constraints.push({ name: index.constraint, definition: constraint[0]?.definition ?? '' });
      await client.query(`ALTER TABLE ${table} DROP CONSTRAINT "${index.constraint}"`);
    } else {
      await client.query(`DROP INDEX "${index.name}"`);
    }
  }
  return {
    restore: async () => {
      for (const { name, definition } of constraints) {
        await client.query(`ALTER TABLE ${table} ADD CONSTRAINT "${name}" ${definition}`);
      }
      for (const index of rows.filter((row) => !row.constraint))
        await client.query(index.definition);
      return rows.length;
    },
  };
}
