import { amazonJobs } from '../content/adapters/amazon-jobs';
import { jobContentScript } from '../content/content-script';

export default jobContentScript([amazonJobs]);
