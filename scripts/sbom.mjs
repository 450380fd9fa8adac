// Writes the software bill of materials of what Koers ships (sbom.cdx.json, CycloneDX, from npm's
// own `npm sbom`), or with --check fails when the checked-in one no longer matches package-lock.json.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = `${root}sbom.cdx.json`;

const raw = execFileSync(
  'npm',
  ['sbom', '--sbom-format', 'cyclonedx', '--omit', 'dev', '--package-lock-only'],
  { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
const sbom = JSON.parse(raw);
// What changes from run to run or machine to machine without the dependencies changing: the
// serial number and time of the run, npm's own version, and the root's name (npm takes the folder's).
delete sbom.serialNumber;
delete sbom.metadata.timestamp;
delete sbom.metadata.tools;
const { name, version, description, license } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
Object.assign(sbom.metadata.component, {
  name,
  version,
  description,
  licenses: [{ license: { id: license } }],
});
const text = `${JSON.stringify(sbom, null, 2)}\n`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing: reported below like a stale file
  }
  if (current !== text) {
    console.error('sbom.cdx.json does not match package-lock.json: run `npm run sbom` and commit it.');
    process.exit(1);
  }
  console.log(`sbom.cdx.json is current (${sbom.components.length} components).`);
} else {
  writeFileSync(file, text);
  console.log(`wrote sbom.cdx.json (${sbom.components.length} components)`);
}
