import type { CriterionKind, ProgrammeSummary, ProgrammeVersionStatus, ProgrammeVersionSummary } from '@peerpath/contracts';
import type { Tag } from '@peerpath/web/govuk/tag';

export const VERSION_STATUS_TAGS: Record<ProgrammeVersionStatus, Tag> = {
  draft: { text: 'Draft', colour: 'govuk-tag--grey' },
  published: { text: 'Published', colour: 'govuk-tag--green' },
};

/** Knowledge is shown by workbook or questions; competence in practice, normally observed (BRIEF). */
export const KIND_TAGS: Record<CriterionKind, Tag> = {
  knowledge: { text: 'Knowledge', colour: 'govuk-tag--purple' },
  competence: { text: 'Competence', colour: 'govuk-tag--turquoise' },
};

export const LABEL_PATTERN = /^[\w.-]{1,40}$/;

/** What an admin may do next with a programme: edit its draft, or start one from its latest published version. */
export interface ProgrammeState {
  draft: ProgrammeVersionSummary | null;
  latestPublished: ProgrammeVersionSummary | null;
}

export function programmeState(programme: Pick<ProgrammeSummary, 'versions'>): ProgrammeState {
  const draft = programme.versions.find((v) => v.status === 'draft') ?? null;
  const published = programme.versions
    .filter((v) => v.status === 'published')
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  return { draft, latestPublished: published[0] ?? null };
}

/**
 * A label for the next draft: the latest label with its last number raised ("2026.1" → "2026.2"),
 * skipping labels already used; "-2", "-3"… when the label ends in no number.
 */
export function suggestNextLabel(latest: string, taken: readonly string[]): string {
  const match = /^(.*?)(\d+)$/.exec(latest);
  for (let step = 1; step < 1000; step++) {
    const candidate = match ? `${match[1]}${Number(match[2]) + step}` : `${latest}-${step + 1}`;
    if (!taken.includes(candidate) && LABEL_PATTERN.test(candidate)) return candidate;
  }
  return '';
}
