/**
 * Writes (or, with --check, compares) the English/French/Spanish snapshot: every citation the
 * detector finds, as "id@start-end", per excerpt of our corpus and of ../shared/corpus. The
 * six-language work must leave these unchanged; lib/core/detect/latin-snapshot.test.ts compares them.
 * Regenerate deliberately (`npx jiti scripts/snapshot-latin.ts`) only when an en/fr/es change is meant.
 */
import { writeFileSync } from 'node:fs';
import { latinSnapshot, SNAPSHOT_FILE } from '../lib/core/detect/test-support/snapshot';

writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(latinSnapshot(), null, 1)}\n`);
console.log(`wrote ${SNAPSHOT_FILE}`);
