import { Injectable } from '@angular/core';

/** Something on a page that holds typed work: read it out, put it back. */
export interface DraftSource {
  read(): unknown;
  write(value: unknown): void;
}

/**
 * What people had typed when their session ended, so that signing in again does not lose it.
 * Kept in this service's memory only: never localStorage or sessionStorage, so nothing outlives
 * the tab, and it is dropped on signing out or when someone else signs in (a shared computer).
 */
@Injectable({ providedIn: 'root' })
export class FormDrafts {
  /** The forms on the page now, by page and form. */
  private readonly live = new Map<string, DraftSource>();
  /** Work saved when the session ended, by the same keys, and whose it is. */
  private kept = new Map<string, unknown>();
  private owner: string | null = null;

  /** A page's form: gets back what was kept for it, if its owner is the one signed in now. */
  register(key: string, source: DraftSource, userId: string | null): () => void {
    const draft = this.kept.get(key);
    if (draft !== undefined && userId !== null && userId === this.owner) {
      source.write(draft);
      this.kept.delete(key);
    }
    this.live.set(key, source);
    return () => {
      if (this.live.get(key) === source) this.live.delete(key);
    };
  }

  /** The session has ended: keep what every form on the page holds. Says whether there was any. */
  keepAll(userId: string): boolean {
    if (this.owner !== userId) this.kept.clear();
    this.owner = userId;
    // A copy, so later changes to the form (or its teardown) leave it alone; form values are plain data.
    for (const [key, source] of this.live) this.kept.set(key, JSON.parse(JSON.stringify(source.read() ?? null)));
    return this.live.size > 0;
  }

  /** Someone has signed in: work kept for anyone else is dropped, unseen. */
  signedIn(userId: string): void {
    if (this.owner !== userId) this.discard();
  }

  discard(): void {
    this.kept.clear();
    this.owner = null;
  }

  /** Whether work is waiting for this person (for the sign-in page to say so). */
  hasKeptWork(): boolean {
    return this.kept.size > 0;
  }
}
