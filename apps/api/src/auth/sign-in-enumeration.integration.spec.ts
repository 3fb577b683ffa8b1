import { createTestApp, type TestApp } from '@peerpath/api/testing/test-app';
import { PasswordsService } from './passwords.service';
import { SignInService } from './sign-in.service';

interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers: string[];
  retryAfter?: number;
  delayMs: number[];
  passwordChecks: number;
}

// Its own file (and so its own app): passport keeps one strategy per process-wide name.
describe('sign-in answers do not tell which usernames exist (real PostgreSQL)', () => {
  let t: TestApp;
  let pause: jest.SpyInstance;
  let verify: jest.SpyInstance;
  beforeAll(async () => {
    t = await createTestApp({ SIGN_IN_DELAY_MS: '250' });
    // The delay is observed, not waited for: what the service asks to wait is what matters.
    pause = jest.spyOn(SignInService.prototype as unknown as { pause(ms: number): Promise<void> }, 'pause').mockResolvedValue();
    verify = jest.spyOn(t.app.get(PasswordsService), 'verify');
  });
  afterAll(async () => {
    pause.mockRestore();
    await t.close();
  });

  /** Seven wrong passwords, each answer as a client sees it, with the delay asked for and the argon2 checks made. */
  const sevenWrong = async (username: string): Promise<Answer[]> => {
    const c = await t.client();
    const answers: Answer[] = [];
    for (let i = 0; i < 7; i++) {
      pause.mockClear();
      verify.mockClear();
      const res = await c.signIn(username, 'not-the-password-1');
      const retryAfter = res.headers['retry-after'] === undefined ? undefined : Number(res.headers['retry-after']);
      answers.push({
        status: res.status,
        // "Try again after 14:05": the clock time, not the words, may differ by a minute between the two runs.
        body: { ...res.body, message: String(res.body.message).replace(/\d\d:\d\d/, 'HH:MM') },
        headers: Object.keys(res.headers).filter((h) => !['date', 'etag', 'x-request-id'].includes(h)).sort(),
        // Seconds left on a lock, counted from slightly different moments.
        retryAfter: retryAfter === undefined ? undefined : Math.round(retryAfter / 10) * 10,
        delayMs: pause.mock.calls.map(([ms]) => ms as number),
        passwordChecks: verify.mock.calls.length,
      });
    }
    return answers;
  };

  it('answers an unknown staff username exactly as a real one: same statuses, words, headers, delays, lock and password checks', async () => {
    const real = await sevenWrong('admin');
    const unknown = await sevenWrong('nobody-at-all');
    expect(unknown).toEqual(real);
    // And what both saw: two quick refusals, then slower ones, then the lock with when to retry.
    expect(real.map((a) => a.status)).toEqual([401, 401, 401, 401, 429, 429, 429]);
    expect(real.map((a) => a.delayMs)).toEqual([[], [250], [500], [1000], [], [], []]);
    expect(real.map((a) => a.passwordChecks)).toEqual([1, 1, 1, 1, 1, 0, 0]);
    expect(real[4]).toMatchObject({ body: { code: 'ACCOUNT_LOCKED' }, retryAfter: t.config.signIn.lockMinutes * 60 });
    expect(real[0].body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Enter a correct username and password' });
  });

  it('answers a prison number with no account exactly as a buddy with one, at the kiosk', async () => {
    const real = await sevenWrong('A1234BC');
    const unknown = await sevenWrong('Z9999ZZ');
    expect(unknown).toEqual(real);
    expect(real.map((a) => a.status)).toEqual([401, 401, 401, 401, 429, 429, 429]);
  });

  it('gives a locked staff account and a locked PIN the same shape of answer; only a lock that ends says when', async () => {
    const staff = await sevenWrong('trainer');
    // Aaron Blake's PIN, locked by the test above.
    const buddy = await sevenWrong('A1234BC');
    const shape = (a: Answer) => ({ status: a.status, code: a.body['code'], fields: Object.keys(a.body).sort() });
    expect(shape(buddy[6])).toEqual(shape(staff[6]));
    expect(staff[6].retryAfter).toBeGreaterThan(0);
    // A PIN stays locked until the coordinator resets it: there is no time to retry after.
    expect(buddy[6].retryAfter).toBeUndefined();
  });
});
