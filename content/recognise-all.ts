import { ADAPTERS } from './adapters';
import { readGenericPage } from './generic';
import { recogniserFor } from './recognise';

/** Every adapter, then the generic readers: what `npm run detect`, the tests and the bench run. */
export const recognise = recogniserFor(ADAPTERS, readGenericPage);
