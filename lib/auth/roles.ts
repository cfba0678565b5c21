import { z } from 'zod';

// Admins manage people, webhook secrets and share links; viewers read the reports.

export const ROLES = ['admin', 'viewer'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export function canManage(role: Role): boolean {
  return role === 'admin';
}
