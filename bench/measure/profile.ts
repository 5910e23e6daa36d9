import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface ProfileEntry {
  name: string;
  where: string;
  selfPercent: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: ProfileEntry[];
  packages: Array<{ name: string; selfPercent: number }>;
}

/** Where a frame's code lives: a package under node_modules, the project's dist/, node itself, or V8. */
function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  if (url.startsWith('node:')) return 'node core';
  const project = /\/dist\/([^/]+)/.exec(url);
  return project ? `ofsted-graph dist/${project[1]}` : url;
}

/** Self time per function and per package from a `node --cpu-prof` profile. */
export function summariseProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[] };
  const hits = new Map<number, number>();
  for (const sample of profile.samples) hits.set(sample, (hits.get(sample) ?? 0) + 1);
  const total = profile.samples.length || 1;
  const byFunction = new Map<string, ProfileEntry>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const count = hits.get(node.id) ?? 0;
    if (count === 0) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const name = functionName || '(anonymous)';
    const where =
      url === ''
        ? ''
        : `${url
            .replace(/^file:\/\//, '')
            .replace(/^.*node_modules\//, '')
            .replace(/^.*\/dist\//, 'dist/')}:${lineNumber + 1}`;
    const key = `${name}@${where}`;
    const entry = byFunction.get(key) ?? { name, where, selfPercent: 0 };
    entry.selfPercent += (100 * count) / total;
    byFunction.set(key, entry);
    const pkg = packageOf(url, name);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + (100 * count) / total);
  }
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    functions: [...byFunction.values()].sort((a, b) => b.selfPercent - a.selfPercent).slice(0, top),
    packages: [...byPackage.entries()]
      .map(([name, selfPercent]) => ({ name, selfPercent }))
      .sort((a, b) => b.selfPercent - a.selfPercent)
      .slice(0, 20),
  };
}
