/** moduleComplete() from libs/domain as SQL (checked against it by rules.integration.spec.ts): every criterion met. */
export const moduleCompleteSql = (met: string, total: string) => `(${total} > 0 AND ${met} >= ${total})`;
