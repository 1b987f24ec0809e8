import type { SiteAdapter } from '../adapter';
import { amazonJobs } from './amazon-jobs';
import { ashby } from './ashby';
import { glassdoor } from './glassdoor';
import { greenhouse } from './greenhouse';
import { indeed } from './indeed';
import { lever } from './lever';
import { linkedin } from './linkedin';
import { smartRecruiters } from './smartrecruiters';
import { workable } from './workable';
import { workday } from './workday';

/** Every site adapter. A test checks that each has listing and non-listing fixtures. */
export const ADAPTERS: readonly SiteAdapter[] = [
  amazonJobs,
  linkedin,
  indeed,
  glassdoor,
  greenhouse,
  lever,
  workday,
  ashby,
  smartRecruiters,
  workable,
];
