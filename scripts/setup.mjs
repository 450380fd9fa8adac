// `npm run setup`: everything a fresh machine needs before `npm start`. Plain Node (no dependencies),
// because it runs before `npm ci` has installed anything.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, statSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const toolsBin = path.join(root, '.tools', 'bin');
const ferretBinary = path.join(toolsBin, 'ferretdb');
const ferretSource = path.join(root, 'tools', 'ferretdb');
const ferretStamp = path.join(toolsBin, 'ferretdb.stamp');
/**
 * Files of FerretDB replaced before building, by their path inside its module (see each file's
 * header for what changed and why).
 */
const ferretPatches = Object.fromEntries(
  ['fsql/db.go', 'fsql/tx.go', 'resource/resource.go'].map((file) => [
    `internal/util/${file}`,
    path.join(ferretSource, '_patches', ...file.split('/')),
  ]),
);

function step(name, fn) {
  const started = Date.now();
  console.log(`\n==> ${name}`);
  fn();
  console.log(`    done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`\n'${command} ${args.join(' ')}' failed with exit code ${result.status}.`);
    process.exit(result.status ?? 1);
  }
}

function findGo() {
  for (const candidate of ['go', '/usr/local/go/bin/go']) {
    const probe = spawnSync(candidate, ['version'], { encoding: 'utf8' });
    if (probe.status === 0) return { go: candidate, version: probe.stdout.trim() };
  }
  return undefined;
}

function ferretSourceHash() {
  const hash = createHash('sha256');
  for (const file of ['go.mod', 'go.sum', 'main.go', ...Object.values(ferretPatches)])
    hash.update(readFileSync(path.resolve(ferretSource, file)));
  return hash.digest('hex');
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`Koers needs Node.js 20.19 or newer; this is ${process.version}.`);
  process.exit(1);
}

const started = Date.now();
const usingExternalDatabase = Boolean(process.env.MONGODB_URI?.trim());

step('Installing dependencies (npm ci)', () => {
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) {
    console.log('    node_modules is up to date with package-lock.json; skipped.');
    return;
  }
  run('npm', ['ci', '--no-audit', '--no-fund']);
});

step('Building the embedded database (FerretDB 1.24.2 on SQLite)', () => {
  const hash = ferretSourceHash();
  if (existsSync(ferretBinary) && existsSync(ferretStamp) && readFileSync(ferretStamp, 'utf8') === hash) {
    console.log(`    ${path.relative(root, ferretBinary)} is already built; skipped.`);
    return;
  }
  const found = findGo();
  if (!found) {
    const message = [
      'Go is not installed, so the embedded database (FerretDB) cannot be built.',
      'Either install Go 1.24 or newer (https://go.dev/doc/install) and run `npm run setup` again,',
      'or use an existing MongoDB: set MONGODB_URI, for example',
      '  export MONGODB_URI=mongodb://localhost:27017/koers',
      'and run `npm run setup` and `npm start` with it set.',
    ].join('\n');
    if (usingExternalDatabase) {
      console.log(`    ${message.split('\n')[0]} MONGODB_URI is set, so Koers will use that database.`);
      return;
    }
    console.error(`\n${message}`);
    process.exit(1);
  }
  console.log(`    using ${found.version}`);
  mkdirSync(toolsBin, { recursive: true });
  // Built from a vendored copy so the patched files can take their originals' place; the copy
  // (about 230 MB) is removed again.
  const build = path.join(root, '.tools', 'ferretdb-build');
  rmSync(build, { recursive: true, force: true });
  mkdirSync(build, { recursive: true });
  for (const file of ['go.mod', 'go.sum', 'main.go'])
    cpSync(path.join(ferretSource, file), path.join(build, file));
  const env = { ...process.env, GOBIN: toolsBin, GOTOOLCHAIN: 'local' };
  try {
    run(found.go, ['mod', 'vendor'], { cwd: build, env });
    for (const [target, patch] of Object.entries(ferretPatches)) {
      cpSync(patch, path.join(build, 'vendor', 'github.com', 'FerretDB', 'FerretDB', target));
    }
    run(found.go, ['install', '-mod=vendor', '-buildvcs=false', '.'], { cwd: build, env });
  } finally {
    rmSync(build, { recursive: true, force: true });
  }
  writeFileSync(ferretStamp, hash);
});

/**
 * A Debian package some commands need: installed when missing and setup runs as root with apt;
 * otherwise setup says what to install. A failed install (stale package lists) does not stop
 * setup, since Koers itself runs without it.
 */
function debianPackage(name, binary, neededFor) {
  step(`Checking for ${name} (used by ${neededFor})`, () => {
    if (spawnSync(binary, ['--version']).status === 0 || spawnSync(binary, ['-v']).status === 0) {
      console.log(`    ${name} is installed.`);
      return;
    }
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    if (isRoot && spawnSync('apt-get', ['--version']).status === 0) {
      const installed = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', name], {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      if (installed.status === 0) return;
    }
    console.log(`    ${name} is not installed; ${neededFor} needs it (Debian: apt-get install ${name}).`);
  });
}

debianPackage('nginx', '/usr/sbin/nginx', '`npm run cluster`');
debianPackage('chromium', '/usr/bin/chromium', 'the browser tests of `npm test`');

step('Building the web app and the server (codegen + Vite)', () => run('npm', ['run', '--silent', 'build']));

step('Loading the demo data (npm run seed)', () => run('npm', ['run', '--silent', 'seed']));

console.log(`\nKoers is set up in ${((Date.now() - started) / 1000).toFixed(1)} s. Start it with: npm start`);
