#!/usr/bin/env node
// The registry these machines use has only the Linux builds of some packages with a native
// binding per platform (unrs-resolver, used by jest). `npm install` then leaves the other
// platforms' optional packages out of package-lock.json, and `npm ci` refuses a lockfile that
// lacks them. This adds the missing entries with the platform constraints their names state,
// so `npm ci` skips them as optional packages for another platform.
// Run after any `npm install`: node scripts/complete-lockfile.js
const fs = require('node:fs');
const path = require('node:path');

const lockPath = path.resolve(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

const CPU = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'ppc64', 'riscv64', 's390x'];
const OS = { android: 'android', darwin: 'darwin', freebsd: 'freebsd', linux: 'linux', win32: 'win32', openharmony: 'openharmony' };

function constraintsFromName(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((part) => part in OS);
  const cpu = parts.find((part) => CPU.includes(part));
  if (!os || !cpu) return null;
  const entry = { os: [OS[os]], cpu: [cpu] };
  if (parts.includes('musl') || parts.includes('musleabihf')) entry.libc = ['musl'];
  else if (os === 'linux') entry.libc = ['glibc'];
  return entry;
}

let added = 0;
for (const [location, meta] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const key = `node_modules/${name}`;
    if (packages[key] || packages[`${location}/${key}`]) continue;
    const constraints = constraintsFromName(name);
    if (!constraints) continue;
    packages[key] = { version, ...(meta.dev ? { dev: true } : {}), optional: true, ...constraints };
    added += 1;
  }
}
const sorted = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entries`);
