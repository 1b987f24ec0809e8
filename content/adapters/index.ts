import type { SiteAdapter } from '../adapter';
import { amazonJobs } from './amazon-jobs';

/** Every site adapter. A test checks each one here has fixtures. */
export const ADAPTERS: readonly SiteAdapter[] = [amazonJobs];
