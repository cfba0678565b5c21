import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Every page and API route of the app, read from app/ so new routes are walked too.

const APP = path.resolve('app');
const SAMPLE_PARAM = 'sample.example';

function files(name: string): string[] {
  return readdirSync(APP, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === name)
    .map((file) => path.dirname(file));
}

/** The URL path of a route folder: route groups dropped, each [param] given a sample value. */
function urlPath(folder: string): string {
  const segments = folder === '.' ? [] : folder.split(path.sep);
  const kept = segments
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => (segment.startsWith('[') ? SAMPLE_PARAM : segment));
  return `/${kept.join('/')}`;
}

export interface ApiRoute {
  path: string;
  method: string;
}

export function pagePaths(): string[] {
  return files('page.tsx').map(urlPath).sort();
}

export function apiRoutes(): ApiRoute[] {
  return files('route.ts').flatMap((folder) => {
    const source = readFileSync(path.join(APP, folder, 'route.ts'), 'utf8');
    const methods = [
      ...source.matchAll(/export (?:async )?function (GET|POST|PUT|PATCH|DELETE)\b/g),
    ];
    return methods.map((match) => ({ path: urlPath(folder), method: match[1]! }));
  });
}
