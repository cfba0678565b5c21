// Run by bench:query under flock: builds only when a source is newer than the build.
import { buildIfStale } from '@/lib/cli/build-freshness';

process.stdout.write(buildIfStale() ? 'built\n' : 'build is current\n');
