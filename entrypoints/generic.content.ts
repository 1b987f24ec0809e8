import { jobContentScript } from '../content/content-script';
import { readGenericPage } from '../content/generic';

// Pages no adapter names, on sites the user enabled from the popup (lib/extension/site-access.ts).
export default jobContentScript([], readGenericPage);
