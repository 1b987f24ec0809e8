import { lever } from '../content/adapters/lever';
import { jobContentScript } from '../content/content-script';

export default jobContentScript([lever]);
