import '../lib/zod-jitless';
import { startBackground } from '../lib/background';

export default defineBackground(() => {
  startBackground();
});
