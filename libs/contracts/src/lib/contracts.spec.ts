import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The browser and the API share these shapes; keeping the lib free of runtime code
// means it can never drag server (or browser) dependencies across the boundary.
describe('contracts lib', () => {
  const files = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));

  it.each(files)('%s declares types only', (file) => {
    const source = readFileSync(join(__dirname, file), 'utf8');
    const runtime = source
      .split('\n')
      .filter((line) => /^export\s+(const|let|var|function|class|enum|default)\b/.test(line) || /^import\s+(?!type\b)/.test(line));
    expect(runtime).toEqual([]);
  });
});
