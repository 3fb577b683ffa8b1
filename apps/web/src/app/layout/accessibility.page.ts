import { ChangeDetectionStrategy, Component } from '@angular/core';

/** The accessibility statement (Public Sector Bodies Accessibility Regulations 2018), in GOV.UK's model form. */
@Component({
  selector: 'pp-accessibility-page',
  template: `
    <div class="govuk-grid-row">
      <div class="govuk-grid-column-two-thirds">
        <h1 class="govuk-heading-l">Accessibility statement for Peerpath</h1>
        <p class="govuk-body">
          Peerpath is used by prison staff running buddy schemes and by buddies at prison kiosks. We want as many people as possible to be able
          to use it. You should be able to:
        </p>
        <ul class="govuk-list govuk-list--bullet">
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>get from the start of a page to the end using just a keyboard</li>
          <li>use most of the service with a screen reader and speech recognition software</li>
          <li>print your own page as a buddy, in large plain words</li>
        </ul>
        <h2 class="govuk-heading-m">How accessible this service is</h2>
        <p class="govuk-body">
          Peerpath is built on the GOV.UK Design System and the Ministry of Justice design patterns, and every page is checked with automated
          accessibility tests against the Web Content Accessibility Guidelines (WCAG) version 2.2 AA standard.
        </p>
        <h2 class="govuk-heading-m">Reporting accessibility problems</h2>
        <p class="govuk-body">
          If you find a problem that is not listed on this page, tell your scheme coordinator or your Peerpath administrator, who will pass it to
          the team that runs the service.
        </p>
        <h2 class="govuk-heading-m">Enforcement procedure</h2>
        <p class="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications)
          (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to your complaint, contact the Equality Advisory and
          Support Service (EASS).
        </p>
      </div>
    </div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessibilityPage {}
