/** The honest-limits line shown with the guide in the popup and the sidebar. */
export const guideLimits =
  'Tend gives general information, not medical or legal advice. If anyone is in danger, call emergency services. Some of these acts are against the law in some places, even when everyone agrees.';
