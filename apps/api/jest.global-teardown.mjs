export default async function globalTeardown() {
  await globalThis.__peerpathTestPostgres?.stop();
}
