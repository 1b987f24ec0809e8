import { linkedin } from '../content/adapters/linkedin';
import { jobContentScript } from '../content/content-script';

export default jobContentScript([linkedin]);
