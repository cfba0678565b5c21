'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ShareLinkSummary } from '@/lib/auth/share-links';
import type { WebhookSecretSummary } from '@/lib/auth/managed-webhook-secrets';
import type { TeamMember } from '@/lib/auth/users';
import { apiFetch, apiSend } from '@/lib/client/api-fetch';
import type { Jsonified } from '@/lib/client/jsonified';
import { queryKeys } from '@/lib/client/query-keys';

// The admin lists and their changes; a change refreshes its list.

export type MemberRow = Jsonified<TeamMember>;
export type WebhookSecretRow = Jsonified<WebhookSecretSummary>;
export type ShareLinkRow = Jsonified<ShareLinkSummary>;

export function useMembersQuery() {
  return useQuery({
    queryKey: queryKeys.admin('users'),
    queryFn: ({ signal }) => apiFetch<{ users: MemberRow[] }>('/api/admin/users', signal),
  });
}

export function useWebhookSecretsQuery() {
  return useQuery({
    queryKey: queryKeys.admin('webhook-secrets'),
    queryFn: ({ signal }) =>
      apiFetch<{ secrets: WebhookSecretRow[] }>('/api/admin/webhook-secrets', signal),
  });
}

export function useShareLinksQuery() {
  return useQuery({
    queryKey: queryKeys.admin('share-links'),
    queryFn: ({ signal }) => apiFetch<{ links: ShareLinkRow[] }>('/api/admin/share-links', signal),
  });
}

interface AdminChange<Input> {
  resource: 'users' | 'webhook-secrets' | 'share-links';
  send: (input: Input) => { path: string; method: 'POST' | 'PATCH' | 'DELETE'; body?: unknown };
}

export function useAdminMutation<Input, Result = unknown>({ resource, send }: AdminChange<Input>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => {
      const { path, method, body } = send(input);
      return apiSend<Result>(path, method, body);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.admin(resource) }),
  });
}
