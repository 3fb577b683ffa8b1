import { DestroyRef, inject, type WritableSignal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { ActivatedRoute, type ActivatedRouteSnapshot } from '@angular/router';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { type DraftSource, FormDrafts } from '@peerpath/web/auth/session/form-drafts';

/** The page a route shows, as a key: its path and query, so /concerns/new?buddy=1 and ?buddy=2 differ. */
export function pageKey(route: ActivatedRouteSnapshot): string {
  const path = route.pathFromRoot.flatMap((r) => r.url.map((segment) => segment.path)).join('/');
  const query = new URLSearchParams(Object.entries(route.queryParams).sort(([a], [b]) => a.localeCompare(b)) as [string, string][]).toString();
  return `/${path}${query ? `?${query}` : ''}`;
}

/** Registers a page's typed work for the whole life of the page (call from a constructor). */
function keepDraft(source: DraftSource, name: string): void {
  const drafts = inject(FormDrafts);
  const key = `${pageKey(inject(ActivatedRoute).snapshot)}#${name}`;
  const unregister = drafts.register(key, source, inject(AuthService).currentUser()?.id ?? null);
  inject(DestroyRef).onDestroy(unregister);
}

/** A reactive form (FormGroup or FormControl) whose values survive the session ending. */
export function keepFormDraft(form: AbstractControl, name = 'form'): void {
  keepDraft(
    {
      read: () => form.getRawValue(),
      write: (value) => {
        form.patchValue(value as never);
        form.markAsDirty();
      },
    },
    name,
  );
}

/** A form kept in signals (one per field) whose values survive the session ending. */
export function keepSignalsDraft(fields: Record<string, WritableSignal<string>>, name = 'form'): void {
  keepDraft(
    {
      read: () => Object.fromEntries(Object.entries(fields).map(([field, value]) => [field, value()])),
      write: (value) => {
        for (const [field, text] of Object.entries(value as Record<string, string>)) fields[field]?.set(text);
      },
    },
    name,
  );
}
