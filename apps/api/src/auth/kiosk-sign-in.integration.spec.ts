import { createTestApp, type TestApp } from '@peerpath/api/testing/test-app';

// Its own app: these tries count towards the per-address limit.
describe('a wrong PIN at the kiosk (real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const answers = async (prisonNumber: string) => {
    const c = await t.client();
    const seen: [number, string][] = [];
    for (let i = 0; i < 6; i++) {
      const res = await c.signIn(prisonNumber, '975310');
      seen.push([res.status, res.body.message]);
    }
    return seen;
  };

  const expected: [number, string][] = [
    [401, 'The prison number or PIN is not right. You have 4 tries left before your PIN is locked.'],
    [401, 'The prison number or PIN is not right. You have 3 tries left before your PIN is locked.'],
    [401, 'The prison number or PIN is not right. You have 2 tries left before your PIN is locked.'],
    [401, 'The prison number or PIN is not right. You have 1 try left before your PIN is locked.'],
    [429, 'Your PIN is locked after 5 wrong tries. Ask your buddy coordinator to reset it'],
    [429, 'Your PIN is locked after 5 wrong tries. Ask your buddy coordinator to reset it'],
  ];

  it('says it is the PIN and how many tries are left, then that it is locked', async () => {
    expect(await answers('A1234BC')).toEqual(expected);
    const [{ failed }] = await t.dataSource.query(`SELECT failed_sign_ins AS failed FROM users WHERE username = 'a1234bc'`);
    expect(failed).toBe(5);
  });

  it('answers a prison number with no account in exactly the same words, so it reveals nothing', async () => {
    expect(await t.dataSource.query(`SELECT 1 FROM users WHERE username = 'z9999zz'`)).toEqual([]);
    // Lower case, as a person might type it: the same prison number.
    expect(await answers('z9999zz')).toEqual(expected);
  });

  it('keeps the staff message for a staff username, which never looks like a prison number', async () => {
    const c = await t.client();
    for (const username of ['coordinator', 'nobody-here']) {
      const res = await c.signIn(username, 'wrong password guess').expect(401);
      expect(res.body.message).toBe('Enter a correct username and password');
    }
  });
});
