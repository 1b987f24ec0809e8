import { indeed } from '../content/adapters/indeed';
import { jobContentScript } from '../content/content-script';

export default jobContentScript([indeed]);
