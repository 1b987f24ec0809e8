import { greenhouse } from '../content/adapters/greenhouse';
import { jobContentScript } from '../content/content-script';

export default jobContentScript([greenhouse]);
