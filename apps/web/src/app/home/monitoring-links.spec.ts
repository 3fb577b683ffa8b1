import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { RoleAssignmentView } from '@peerpath/contracts';
import { AdminSection, AuditorSection, CoordinatorSection, TrainerSection } from '@peerpath/web/home/role-sections';

/* The home page leads those who may read monitoring (coordinators, auditors, admins) to it, and nobody else. */
describe('the home page’s link to monitoring', () => {
  const assignment: RoleAssignmentView = { role: 'auditor', scope: 'cluster', clusterCode: 'DEVON', scopeLabel: 'Devon cluster' };

  function linksIn(section: Type<unknown>): string[] {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    const fixture = TestBed.createComponent(section);
    fixture.componentRef.setInput('assignments', [assignment]);
    fixture.detectChanges();
    return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('a')).map((a) => `${a.textContent?.trim()} -> ${a.getAttribute('href')}`);
  }

  it.each([
    ['auditor', AuditorSection, 'How the scheme is doing'],
    ['coordinator', CoordinatorSection, 'Monitoring'],
    ['admin', AdminSection, 'Monitoring'],
  ] as const)('is in the %s section', (_role, section, name) => {
    expect(linksIn(section)).toContain(`${name} -> /monitoring`);
  });

  it('is not in the trainer section (trainers do not read monitoring)', () => {
    expect(linksIn(TrainerSection).filter((link) => link.endsWith('/monitoring'))).toEqual([]);
  });
});
