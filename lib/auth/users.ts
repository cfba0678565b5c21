import 'server-only';
import { z } from 'zod';
import type { Database } from '@/lib/db/client';
import { ApiError } from '@/lib/http/api-error';
import { hashPassword, passwordProblem } from '@/lib/auth/passwords';
import { roleSchema, type Role } from '@/lib/auth/roles';

// The people of the team. Disabling keeps the row (and what they created) but ends sessions.

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const newMemberSchema = z.object({
  email: emailSchema,
  role: roleSchema,
  password: z.string(),
});

export const memberChangeSchema = z
  .object({ role: roleSchema.optional(), disabled: z.boolean().optional() })
  .refine((change) => change.role !== undefined || change.disabled !== undefined, {
    message: 'a role or disabled',
  });

export interface TeamMember {
  id: number;
  email: string;
  role: Role;
  disabledAt: Date | null;
  lastSignInAt: Date | null;
  createdAt: Date;
}

/** A request about people that cannot be done; an ApiError, so routes answer it as is. */
export class UserError extends ApiError {
  constructor(code: 'invalid_request' | 'not_found' | 'conflict', message: string) {
    super(code, message);
    this.name = 'UserError';
  }
}

const MEMBER_FIELDS = {
  id: true,
  email: true,
  role: true,
  disabledAt: true,
  lastSignInAt: true,
  createdAt: true,
} as const;

export function normaliseEmail(email: string): string {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) throw new UserError('invalid_request', `not an email address: ${email}`);
  return parsed.data;
}

function checkedPassword(password: string): string {
  const problem = passwordProblem(password);
  if (problem) throw new UserError('invalid_request', problem);
  return password;
}

export async function countUsers(database: Database): Promise<number> {
  return database.user.count();
}

export async function listUsers(database: Database): Promise<TeamMember[]> {
  const users = await database.user.findMany({ select: MEMBER_FIELDS, orderBy: { email: 'asc' } });
  return users.map((user) => ({ ...user, role: user.role as Role }));
}

export async function addUser(
  database: Database,
  input: { email: string; role: Role; password: string },
): Promise<TeamMember> {
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(checkedPassword(input.password));
  const existing = await database.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new UserError('conflict', `${email} is already a member`);
  const user = await database.user.create({
    data: { email, role: input.role, passwordHash },
    select: MEMBER_FIELDS,
  });
  return { ...user, role: user.role as Role };
}

async function memberId(database: Database, email: string): Promise<number> {
  const normalised = normaliseEmail(email);
  const user = await database.user.findUnique({
    where: { email: normalised },
    select: { id: true },
  });
  if (!user) throw new UserError('not_found', `no member ${normalised}`);
  return user.id;
}

/** Disabling or enabling someone; disabling also signs them out everywhere. */
export async function setDisabled(database: Database, email: string, disabled: boolean) {
  const id = await memberId(database, email);
  await updateMember(database, id, { disabled });
}

/** A new password ends every session of that person. */
export async function resetPassword(database: Database, email: string, password: string) {
  const id = await memberId(database, email);
  const passwordHash = await hashPassword(checkedPassword(password));
  await database.$transaction([
    database.user.update({ where: { id }, data: { passwordHash } }),
    database.session.deleteMany({ where: { userId: id } }),
  ]);
}

export async function updateMember(
  database: Database,
  id: number,
  change: { role?: Role; disabled?: boolean },
): Promise<TeamMember> {
  const found = await database.user.findUnique({ where: { id }, select: MEMBER_FIELDS });
  if (!found) throw new UserError('not_found', `no member ${id}`);
  const losesAdmin = found.role === 'admin' && (change.disabled || change.role === 'viewer');
  if (losesAdmin && (await otherActiveAdmins(database, id)) === 0) {
    throw new UserError('conflict', 'the last active admin cannot be disabled or made a viewer');
  }
  const data = {
    ...(change.role ? { role: change.role } : {}),
    ...(change.disabled === undefined ? {} : { disabledAt: change.disabled ? new Date() : null }),
  };
  const user = await database.user.update({ where: { id }, data, select: MEMBER_FIELDS });
  if (change.disabled) await database.session.deleteMany({ where: { userId: id } });
  return { ...user, role: user.role as Role };
}

function otherActiveAdmins(database: Database, id: number): Promise<number> {
  return database.user.count({ where: { role: 'admin', disabledAt: null, id: { not: id } } });
}
