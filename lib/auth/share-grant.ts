// Requests the share API builds itself for a valid link, within that link's scope. Only
// server code can put a Request object in this set, so no header or cookie can forge it.
const grantedRequests = new WeakSet<Request>();

export function grantShareAccess(request: Request): Request {
  grantedRequests.add(request);
  return request;
}

export function hasShareGrant(request: Request): boolean {
  return grantedRequests.has(request);
}
