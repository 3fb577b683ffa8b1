/** One unmet condition of a rule: a stable code for programs and a plain-English message for people. */
export interface RuleReason<C extends string = string> {
  code: C;
  message: string;
}

/** A rule's answer: allowed only when there are no reasons. Every reason is listed, not just the first. */
export interface RuleOutcome<C extends string = string> {
  allowed: boolean;
  reasons: RuleReason<C>[];
}
