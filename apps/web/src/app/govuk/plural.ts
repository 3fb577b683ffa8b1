/** "1 day", "3 days": the count with its noun, as GOV.UK content style writes it. */
export const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
