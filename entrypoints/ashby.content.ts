import { ashby } from '../content/adapters/ashby';
import { jobContentScript } from '../content/content-script';

export default jobContentScript([ashby]);
