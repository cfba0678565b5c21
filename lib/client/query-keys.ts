// Every react-query key comes from here, so invalidation stays consistent.
export const queryKeys = {
  /** A report endpoint (`/api/<endpoint>`) with the view's query string. */
  report: (endpoint: string, search: string) => ['report', endpoint, search] as const,
};
