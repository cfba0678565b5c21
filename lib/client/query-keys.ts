// Every react-query key comes from here, so invalidation stays consistent.
export const queryKeys = {
  /** A report endpoint (`/api/<endpoint>`) with the view's query string. */
  report: (endpoint: string, search: string) => ['report', endpoint, search] as const,
  /** An admin list: `users`, `webhook-secrets`, `share-links`. */
  admin: (resource: string) => ['admin', resource] as const,
};
