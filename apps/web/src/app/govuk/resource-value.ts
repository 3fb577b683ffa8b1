import type { Resource } from '@angular/core';

/**
 * A resource's value, or undefined while it has none. Unlike `resource.value()`, this does not
 * throw when the request failed (Angular throws from value() in the error state), so computeds
 * and effects that read it let the page show its "not found" or "Sorry" message instead.
 */
export function valueOf<T>(resource: Resource<T>): Exclude<T, undefined> | undefined {
  return resource.hasValue() ? (resource.value() as Exclude<T, undefined>) : undefined;
}
