// Every react-query key comes from here, so invalidation stays consistent.
export const queryKeys = {
  overview: (search: string) => ['overview', search] as const,
};
