/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native-ish and WebAssembly packages load from node_modules at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'pg', 'pino'],
  poweredByHeader: false,
  typedRoutes: false,
};

module.exports = nextConfig;
