// Import cycles among src/ modules (type imports included): Tarjan's strongly connected
// components over the relative imports. Exits 1 and lists each cycle when there is one.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'src');
const files = [];
const visit = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) visit(path);
    else if (entry.name.endsWith('.ts')) files.push(path);
  }
};
visit(root);
const known = new Set(files);
// import/export ... from '...', import '...', and import('...'), each a relative path.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
const edges = new Map(files.map((file) => {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const targets = [...text.matchAll(SPECIFIER)].map((match) => resolve(dirname(file), match[1])).filter((target) => known.has(target));
  return [file, [...new Set(targets)]];
}));

let counter = 0;
const index = new Map(), low = new Map(), stack = [], onStack = new Set(), cycles = [];
const connect = (file) => {
  index.set(file, counter); low.set(file, counter++); stack.push(file); onStack.add(file);
  for (const next of edges.get(file)) {
    if (!index.has(next)) { connect(next); low.set(file, Math.min(low.get(file), low.get(next))); }
    else if (onStack.has(next)) low.set(file, Math.min(low.get(file), index.get(next)));
  }
  if (low.get(file) !== index.get(file)) return;
  const component = [];
  let member;
  do { member = stack.pop(); onStack.delete(member); component.push(member); } while (member !== file);
  if (component.length > 1 || edges.get(file).includes(file)) cycles.push(component.map((m) => relative(root, m)).sort());
};
for (const file of files) if (!index.has(file)) connect(file);

const edgeCount = [...edges.values()].reduce((sum, targets) => sum + targets.length, 0);
if (cycles.length === 0) {
  console.log(`import-cycles: ${files.length} modules, ${edgeCount} imports, 0 cycles`);
} else {
  console.error(`import-cycles: ${cycles.length} cycle(s) among ${files.length} modules:`);
  for (const cycle of cycles) console.error(`  ${cycle.join(' ↔ ')}`);
  process.exit(1);
}
