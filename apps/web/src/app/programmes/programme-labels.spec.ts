import type { ProgrammeVersionSummary } from '@peerpath/contracts';
import { programmeState, suggestNextLabel } from '@peerpath/web/programmes/programme-labels';

const version = (id: string, label: string, status: 'draft' | 'published', publishedAt: string | null): ProgrammeVersionSummary => ({
  id,
  label,
  status,
  publishedAt,
  moduleCount: 14,
  criterionCount: 60,
  version: 1,
});

describe('programme labels', () => {
  it('suggests the next label by raising its last number', () => {
    expect(suggestNextLabel('2026.1', ['2026.1'])).toBe('2026.2');
    expect(suggestNextLabel('v9', ['v9', 'v10'])).toBe('v11');
    expect(suggestNextLabel('2025', [])).toBe('2026');
    expect(suggestNextLabel('first', ['first'])).toBe('first-2');
  });

  it('finds the draft and the latest published version', () => {
    const old = version('a', '2025.1', 'published', '2025-01-01T00:00:00Z');
    const latest = version('b', '2026.1', 'published', '2026-01-01T00:00:00Z');
    const draft = version('c', '2026.2', 'draft', null);
    expect(programmeState({ versions: [draft, latest, old] })).toEqual({ draft, latestPublished: latest });
    expect(programmeState({ versions: [old, latest] })).toEqual({ draft: null, latestPublished: latest });
    expect(programmeState({ versions: [] })).toEqual({ draft: null, latestPublished: null });
  });
});
