import { bootstrapApplication } from '@angular/platform-browser';
import { appConfig } from '@peerpath/web/app.config';
import { App } from '@peerpath/web/app';

// GOV.UK Frontend styles its JavaScript-only behaviour off these classes. They are set here,
// not by the usual inline <script>, because the Content-Security-Policy forbids inline scripts.
document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported');
}

bootstrapApplication(App, appConfig).catch((err) => console.error(err));
