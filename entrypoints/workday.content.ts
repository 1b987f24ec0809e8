import { workday } from '../content/adapters/workday';
import { jobContentScript } from '../content/content-script';

export default jobContentScript([workday]);
