import { publishProblems } from '@peerpath/domain';
import { BUDDY_SUPPORT_WORKER } from './buddy-support-worker';
import { CARE_CERTIFICATE_2025 } from './care-certificate-2025';
import type { CriterionDefinition, ProgrammeDefinition } from './programme-definition';

const BUDDY_TITLES = [
  'Understanding your role and personal development',
  'Duty of care',
  'Equality and diversity',
  'Work in a person-centred way',
  'Communication and advocacy skills',
  'Privacy and dignity',
  'Fluids and nutrition',
  'Safeguarding adults, including self-harm',
  'Health and safety',
  'Handling information',
  'Cleaning and infection prevention and control',
  'Assisting someone in a wheelchair or using a stair lift',
  'Awareness of mental health, dementia and learning disability',
  'Health and healthy ageing',
];

const CARE_CERTIFICATE_TITLES = [
  'Understand your role',
  'Your personal development',
  'Duty of care',
  'Equality, diversity, inclusion and human rights',
  'Work in a person-centred way',
  'Communication',
  'Privacy and dignity',
  'Fluids and nutrition',
  'Awareness of mental health, dementia and learning disability',
  'Safeguarding adults',
  'Safeguarding children',
  'Basic life support',
  'Health and safety',
  'Handling information',
  'Infection prevention and control',
  'Awareness of learning disability and autism',
];

/** Intimate care described as something the learner does: never a buddy's task. */
const INTIMATE_CARE_AS_A_TASK = /\b(wash(ing)? (someone|them|the person)|toilet(ing)? (someone|them)|feed(ing)? (someone|them))\b/i;

const criteriaOf = (programme: ProgrammeDefinition): CriterionDefinition[] =>
  programme.modules.flatMap((m) => m.outcomes.flatMap((o) => o.criteria));

describe.each([
  ['Buddy Support Worker', BUDDY_SUPPORT_WORKER, 'buddy-support-worker', '2024.1', BUDDY_TITLES],
  ['Care Certificate', CARE_CERTIFICATE_2025, 'care-certificate', '2025', CARE_CERTIFICATE_TITLES],
] as const)('reference programme: %s', (_name, programme, code, versionLabel, titles) => {
  it('has its stable code, version label and a summary', () => {
    expect(programme.code).toBe(code);
    expect(programme.versionLabel).toBe(versionLabel);
    expect(programme.summary.trim()).not.toBe('');
  });

  it('has exactly the expected module titles, in order', () => {
    expect(programme.modules.map((m) => m.title)).toEqual([...titles]);
  });

  it('numbers its modules 1..n with no gaps', () => {
    expect(programme.modules.map((m) => m.number)).toEqual(programme.modules.map((_, i) => i + 1));
  });

  it('gives every module a one-sentence summary and at least one outcome', () => {
    for (const module of programme.modules) {
      expect(module.summary.trim()).toMatch(/^[A-Z].*\.$/);
      expect(module.summary.trim().split(/[.!?]\s/)).toHaveLength(1);
      expect(module.outcomes.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('gives every module at least 3 criteria and every outcome at least 1', () => {
    for (const module of programme.modules) {
      const criteria = module.outcomes.flatMap((o) => o.criteria);
      expect(criteria.length).toBeGreaterThanOrEqual(3);
      for (const outcome of module.outcomes) expect(outcome.criteria.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('has both knowledge and competence criteria', () => {
    const kinds = new Set(criteriaOf(programme).map((c) => c.kind));
    expect([...kinds].sort()).toEqual(['competence', 'knowledge']);
  });

  it('prefixes outcome codes with the module number and criterion codes with the outcome code', () => {
    for (const module of programme.modules) {
      module.outcomes.forEach((outcome, o) => {
        expect(outcome.code).toBe(`${module.number}.${o + 1}`);
        outcome.criteria.forEach((criterion, c) => {
          expect(criterion.code.startsWith(`${outcome.code}.`)).toBe(true);
          expect(criterion.code).toBe(`${outcome.code}.${c + 1}`);
        });
      });
      for (const outcome of module.outcomes) expect(outcome.code.startsWith(`${module.number}.`)).toBe(true);
    }
  });

  it('uses each code only once', () => {
    const codes = programme.modules.flatMap((m) => m.outcomes.flatMap((o) => [o.code, ...o.criteria.map((c) => c.code)]));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('allows simulation only on competence criteria', () => {
    const offenders = criteriaOf(programme).filter((c) => c.simulationAllowed !== undefined && c.kind !== 'competence');
    expect(offenders.map((c) => c.code)).toEqual([]);
  });

  it('never describes intimate care as something the learner does', () => {
    const offenders = criteriaOf(programme).filter((c) => INTIMATE_CARE_AS_A_TASK.test(c.text));
    expect(offenders.map((c) => c.code)).toEqual([]);
  });

  it('has text for every outcome and criterion, within the limits the API accepts', () => {
    for (const module of programme.modules) {
      expect(module.title.length).toBeLessThanOrEqual(200);
      expect(module.summary.length).toBeLessThanOrEqual(1000);
      for (const outcome of module.outcomes) {
        expect(outcome.text.trim().length).toBeGreaterThan(0);
        expect(outcome.text.length).toBeLessThanOrEqual(1000);
        for (const criterion of outcome.criteria) {
          expect(criterion.text.trim().length).toBeGreaterThan(0);
          expect(criterion.text.length).toBeLessThanOrEqual(1000);
          expect(criterion.code).toMatch(/^\d{1,2}(\.\d{1,2}){2}$/);
        }
      }
    }
  });

  it('could be published as it stands', () => {
    const content = {
      modules: programme.modules.map((m) => ({
        ...m,
        outcomes: m.outcomes.map((o) => ({ ...o, criteria: o.criteria.map((c) => ({ ...c, simulationAllowed: c.simulationAllowed ?? false })) })),
      })),
    };
    expect(publishProblems(content)).toEqual([]);
  });
});

describe('Buddy Support Worker programme', () => {
  it('has 14 modules, each with 2 or 3 outcomes and 3 to 6 criteria', () => {
    expect(BUDDY_SUPPORT_WORKER.modules).toHaveLength(14);
    for (const module of BUDDY_SUPPORT_WORKER.modules) {
      expect(module.outcomes.length).toBeGreaterThanOrEqual(2);
      expect(module.outcomes.length).toBeLessThanOrEqual(3);
      const count = module.outcomes.flatMap((o) => o.criteria).length;
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(6);
    }
  });

  it('has both a knowledge and a competence criterion in most modules', () => {
    const mixed = BUDDY_SUPPORT_WORKER.modules.filter((m) => {
      const kinds = new Set(m.outcomes.flatMap((o) => o.criteria.map((c) => c.kind)));
      return kinds.has('knowledge') && kinds.has('competence');
    });
    expect(mixed.length).toBeGreaterThan(BUDDY_SUPPORT_WORKER.modules.length / 2);
  });

  it('lets simulation stand in for observation somewhere, but not everywhere', () => {
    const competence = criteriaOf(BUDDY_SUPPORT_WORKER).filter((c) => c.kind === 'competence');
    const simulated = competence.filter((c) => c.simulationAllowed);
    expect(simulated.length).toBeGreaterThan(0);
    expect(simulated.length).toBeLessThan(competence.length);
  });
});

describe('Care Certificate programme', () => {
  it('has 16 standards, each with 1 or 2 outcomes', () => {
    expect(CARE_CERTIFICATE_2025.modules).toHaveLength(16);
    for (const module of CARE_CERTIFICATE_2025.modules) {
      expect(module.outcomes.length).toBeGreaterThanOrEqual(1);
      expect(module.outcomes.length).toBeLessThanOrEqual(2);
    }
  });
});
