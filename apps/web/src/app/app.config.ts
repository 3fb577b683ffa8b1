import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { provideHttpClient, withInterceptors, withXsrfConfiguration } from '@angular/common/http';
import { provideRouter, TitleStrategy, withComponentInputBinding } from '@angular/router';
import { appRoutes } from '@peerpath/web/app.routes';
import { AuthService } from '@peerpath/web/auth/auth.service';
import { sessionExpiredInterceptor } from '@peerpath/web/auth/session-expired.interceptor';
import { PageTitleStrategy } from '@peerpath/web/layout/page-title.strategy';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(
      // The API sets XSRF-TOKEN on any GET under /api and refuses POSTs without the header.
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
      withInterceptors([sessionExpiredInterceptor]),
    ),
    provideRouter(appRoutes, withComponentInputBinding()),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    // Who is signed in decides the first route, and this GET also obtains the XSRF cookie
    // that the first POST (sign in) needs.
    provideAppInitializer(() => inject(AuthService).loadCurrentUser()),
  ],
};
