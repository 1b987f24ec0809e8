import { glassdoor } from '../content/adapters/glassdoor';
import { jobContentScript } from '../content/content-script';

export default jobContentScript([glassdoor]);
