import { workable } from '../content/adapters/workable';
import { jobContentScript } from '../content/content-script';

export default jobContentScript([workable]);
