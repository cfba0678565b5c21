export default function ShareLinkNotFound() {
  return (
    <main className="page share-unavailable" role="alert">
      <h1>This link does not open anything</h1>
      <p>
        It was revoked, it expired, or it was never made. Ask the person who sent it for a new one.
      </p>
    </main>
  );
}
