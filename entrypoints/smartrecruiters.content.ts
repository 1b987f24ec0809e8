import { smartRecruiters } from '../content/adapters/smartrecruiters';
import { jobContentScript } from '../content/content-script';

export default jobContentScript([smartRecruiters]);
