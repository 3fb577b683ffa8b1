import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The folders under apps/api/src are the domain's features (buddies, allocation, certification…)
 * and the plumbing beneath them (platform, audit, users…). Features may build on one another, but
 * never in a circle: a cycle means neither can be read, tested or changed alone. Specs and the
 * test helpers (testing/) boot the whole app, so they are left out.
 *
 * A feature's rules as SQL (`<feature>.sql.ts`: one SQL expression per domain rule) are text
 * fragments that import nothing but @peerpath/domain and other fragments, so any feature may
 * compose them (the journey stage reads certification's and cohorts' rules) without a cycle of
 * modules: imports of them are left out of the graph, and the last test keeps them pure.
 */
const SRC = resolve(__dirname, '..');
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The feature a file belongs to: its top folder under src, or null for app.module.ts and main.ts. */
function featureOf(file: string): string | null {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 ? parts[0] : null;
}

function featureOfSpecifier(file: string, specifier: string): string | null {
  if (specifier.startsWith('@peerpath/api/')) return specifier.slice('@peerpath/api/'.length).split('/')[0];
  if (specifier.startsWith('.')) return featureOf(resolve(dirname(file), specifier));
  return null;
}

/** feature → feature it imports → the files and specifiers that make the edge. */
function featureGraph(files: readonly string[], read: (file: string) => string): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of files) {
    const from = featureOf(file);
    if (!from || from === 'testing') continue;
    const edges = graph.get(from) ?? new Map<string, string[]>();
    graph.set(from, edges);
    for (const [, specifier] of read(file).matchAll(IMPORT)) {
      const to = featureOfSpecifier(file, specifier);
      if (!to || to === from || specifier.endsWith('.sql')) continue;
      edges.set(to, [...(edges.get(to) ?? []), `${relative(SRC, file)} imports ${specifier}`]);
    }
  }
  return graph;
}

/** Strongly connected components with more than one feature (Tarjan): each is a cycle or a knot of them. */
function cycles(graph: Map<string, Map<string, string[]>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (stack.includes(w)) {
        low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

function explain(graph: Map<string, Map<string, string[]>>, component: string[]): string {
  const edges = component.flatMap((a) => component.flatMap((b) => (graph.get(a)?.get(b) ?? []).map((why) => `  ${a} → ${b}: ${why}`)));
  return `${component.join(' ↔ ')}\n${edges.join('\n')}`;
}

describe('features import each other without cycles', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    const files = [join(SRC, 'a/a.service.ts'), join(SRC, 'b/b.service.ts'), join(SRC, 'c/c.service.ts')];
    const source: Record<string, string> = {
      [files[0]]: `import { B } from '@peerpath/api/b/b.service';`,
      [files[1]]: `import type { C } from "${'..'}/c/c.service";`,
      [files[2]]: `export { A } from '@peerpath/api/a/a.service';`,
    };
    expect(cycles(featureGraph(files, (f) => source[f]))).toEqual([['a', 'b', 'c']]);
  });

  it('sees the features of apps/api/src', () => {
    const graph = featureGraph(sourceFiles(SRC), (f) => readFileSync(f, 'utf8'));
    expect([...graph.keys()]).toEqual(expect.arrayContaining(['allocation', 'buddies', 'certification', 'supervision', 'users']));
    expect([...(graph.get('allocation')?.keys() ?? [])]).toContain('buddies');
  });

  it('keeps every <feature>.sql.ts a pure fragment module', () => {
    const fragments = sourceFiles(SRC).filter((f) => f.endsWith('.sql.ts'));
    expect(fragments.length).toBeGreaterThan(3);
    const impure = fragments.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(IMPORT)].map(([, specifier]) => specifier).filter((s) => s !== '@peerpath/domain' && !s.endsWith('.sql')).map((s) => `${relative(SRC, file)} imports ${s}`),
    );
    expect(impure).toEqual([]);
  });

  it('has no cycle between features', () => {
    const graph = featureGraph(sourceFiles(SRC), (f) => readFileSync(f, 'utf8'));
    expect(cycles(graph).map((component) => explain(graph, component))).toEqual([]);
  });
});
