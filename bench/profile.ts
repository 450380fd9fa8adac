/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`, e.g. the server run with
 * `BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof"`): the functions with the most self time
 * and the most total (inclusive) time. Usage: `npx tsx bench/profile.ts <file> [top=25] [filter]`,
 * where `filter` keeps only stacks passing through a function whose name or file contains it.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg, filter] = process.argv.slice(2);
if (!file) throw new Error('usage: bench/profile.ts <file.cpuprofile> [top] [filter]');
const top = Number(topArg ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const label = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*?\/(server|bench)\//, '$1/');
  return `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
let sampled = 0;
profile.samples.forEach((id, index) => {
  const micros = profile.timeDeltas[index] ?? 0;
  const stack: ProfileNode[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(byId.get(at)!);
  if (filter && !stack.some((node) => label(node).includes(filter))) return;
  sampled += micros;
  self.set(label(stack[0]!), (self.get(label(stack[0]!)) ?? 0) + micros);
  for (const name of new Set(stack.map(label))) total.set(name, (total.get(name) ?? 0) + micros);
});

const print = (title: string, table: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, micros] of [...table].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(micros / 1000).toFixed(1).padStart(9)} ms  ${name}`);
  }
};
console.log(`${(sampled / 1000).toFixed(0)} ms sampled${filter ? ` through "${filter}"` : ''}`);
print('self time', self);
print('total time', total);
