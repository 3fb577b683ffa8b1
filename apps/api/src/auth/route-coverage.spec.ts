import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { AppModule } from '@peerpath/api/app.module';
import { readConfig } from '@peerpath/api/config/config';
import { ACCESS_KEY, PUBLIC_KEY, type AccessRule } from './access.decorator';

type Class = new (...args: never[]) => unknown;

/** Every controller reachable from the app module, found by walking its imports. */
function controllersOf(): Class[] {
  const found = new Set<Class>();
  const seen = new Set<unknown>();
  const visit = (mod: unknown) => {
    if (!mod || seen.has(mod)) return;
    seen.add(mod);
    const dynamic = mod as { module?: unknown; imports?: unknown[]; controllers?: Class[] };
    const target = (dynamic.module ?? mod) as object;
    const controllers = [...(dynamic.controllers ?? []), ...((Reflect.getMetadata('controllers', target) as Class[]) ?? [])];
    controllers.forEach((c) => found.add(c));
    [...(dynamic.imports ?? []), ...((Reflect.getMetadata('imports', target) as unknown[]) ?? [])].forEach(visit);
  };
  visit(AppModule.forRoot(readConfig({ NODE_ENV: 'test' }), 'postgres://unused'));
  return [...found];
}

describe('route coverage: every route declares who may call it', () => {
  const routes = controllersOf().flatMap((controller) => {
    const proto = controller.prototype as Record<string, unknown>;
    return Object.getOwnPropertyNames(proto)
      .filter((name) => name !== 'constructor' && Reflect.getMetadata(METHOD_METADATA, proto[name] as object) !== undefined)
      .map((name) => {
        const handler = proto[name] as object;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const path = `/${Reflect.getMetadata(PATH_METADATA, controller)}/${Reflect.getMetadata(PATH_METADATA, handler)}`.replace(/\/+/g, '/').replace(/\/$/, '');
        const isPublic = Reflect.getMetadata(PUBLIC_KEY, handler) ?? Reflect.getMetadata(PUBLIC_KEY, controller);
        const access: AccessRule | undefined = Reflect.getMetadata(ACCESS_KEY, handler) ?? Reflect.getMetadata(ACCESS_KEY, controller);
        return { route: `${method} ${path} (${controller.name}.${name})`, isPublic: !!isPublic, access };
      });
  });

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThanOrEqual(8);
  });

  it.each(routes.map((r) => [r.route, r] as const))('%s is @Public() or declares @Access(roles, scope)', (_name, r) => {
    expect(r.isPublic || (r.access !== undefined && r.access.roles.length > 0 && r.access.scope !== undefined)).toBe(true);
    // Declaring both would make the access rule dead code.
    expect(r.isPublic && r.access !== undefined).toBe(false);
  });

  it('keeps the public routes to the known few', () => {
    expect(routes.filter((r) => r.isPublic).map((r) => r.route.split(' (')[0]).sort()).toEqual([
      'GET /health',
      'GET /info',
      'GET /ping',
      'GET /verify/:code',
      'POST /auth/login',
    ]);
  });
});
