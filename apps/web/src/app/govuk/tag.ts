/** A GOV.UK tag: the colour helps, the words carry the meaning. */
export interface Tag {
  text: string;
  /** GOV.UK tag modifier, e.g. "govuk-tag--green"; empty for the default blue. */
  colour: string;
}
