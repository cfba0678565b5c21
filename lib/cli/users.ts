// npm run users -- <command>: the people of the team, from the command line.
//   add <email> --role admin|viewer   password from standard input
//   list | disable <email> | enable <email> | reset <email> (new password from stdin)
// With the embedded database, stop the dashboard first: PGlite opens in one process only.
import { parseArgs } from 'node:util';
import { roleSchema } from '@/lib/auth/roles';
import { addUser, listUsers, resetPassword, setDisabled, type TeamMember } from '@/lib/auth/users';
import { readPassword } from '@/lib/cli/read-password';
import { CliError, runCli } from '@/lib/cli/run-cli';
import { loadConfig } from '@/lib/config/env';
import { applyMigrations } from '@/lib/db/apply-migrations';
import { createDatabase, type Database } from '@/lib/db/client';

const USAGE =
  'usage: npm run users -- add <email> --role admin|viewer | list | disable <email> | ' +
  'enable <email> | reset <email>';

type Command = (database: Database, email: string, role: string | undefined) => Promise<string>;

const COMMANDS: Record<string, Command> = {
  list: async (database) => formatMembers(await listUsers(database)),
  add: async (database, email, role) => {
    const parsedRole = roleSchema.safeParse(role);
    if (!parsedRole.success) throw new CliError('--role admin or --role viewer');
    const password = await readPassword(`Password for ${email}`);
    const member = await addUser(database, { email, role: parsedRole.data, password });
    return `added ${member.email} (${member.role})`;
  },
  disable: async (database, email) => {
    await setDisabled(database, email, true);
    return `disabled ${email}; their sessions are ended`;
  },
  enable: async (database, email) => {
    await setDisabled(database, email, false);
    return `enabled ${email}`;
  },
  reset: async (database, email) => {
    await resetPassword(database, email, await readPassword(`New password for ${email}`));
    return `password of ${email} changed; their sessions are ended`;
  },
};

function formatMembers(members: TeamMember[]): string {
  if (members.length === 0) return 'no members yet: npm run users -- add <email> --role admin';
  return members
    .map((member) => {
      const state = member.disabledAt ? 'disabled' : 'active';
      const lastSignIn = member.lastSignInAt?.toISOString() ?? 'never signed in';
      return `${member.email}\t${member.role}\t${state}\t${lastSignIn}`;
    })
    .join('\n');
}

runCli(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' } },
  });
  const [name = '', email = ''] = positionals;
  const command = COMMANDS[name];
  if (!command || (name !== 'list' && email === '')) throw new CliError(USAGE);
  const config = loadConfig();
  await applyMigrations(config);
  const database = await createDatabase(config);
  try {
    process.stdout.write(`${await command(database, email, values.role)}\n`);
  } finally {
    await database.$disconnect();
  }
});
