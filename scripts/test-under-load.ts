/**
 * `npm run test:load`: the whole `npm test` while another process keeps one of the
 * machine's cores busy, as on a shared CI machine. The busy loop is bounded in time (it can
 * never outlive a forgotten run) and ended by its pid as soon as the suite ends; the exit
 * code is the suite's.
 */
import { spawn } from 'node:child_process';

/** The longest the busy loop may run: longer than any suite, shorter than CI's limit. */
const BUSY_LIMIT_S = 60 * 60;

const busy = spawn('timeout', [String(BUSY_LIMIT_S), 'sh', '-c', 'while :; do :; done'], { stdio: 'ignore' });
const startedAt = Date.now();
const stopBusy = () => {
  if (busy.exitCode === null && busy.signalCode === null) busy.kill('SIGTERM');
};
process.on('exit', stopBusy);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopBusy();
    process.exit(130);
  });
}
console.log(`One core kept busy by pid ${busy.pid} (for ${BUSY_LIMIT_S / 60} minutes at most); running npm test.`);

// vite-node, which runs this script, sets NODE_ENV=development; the suite's builds must not
// inherit it (they would bundle React's development build).
const suiteEnv = { ...process.env };
delete suiteEnv.NODE_ENV;
const suite = spawn('npm', ['test'], { stdio: 'inherit', env: suiteEnv });
suite.on('exit', (code, signal) => {
  stopBusy();
  const seconds = Math.round((Date.now() - startedAt) / 1000);
  const outcome = code === 0 ? 'passed' : `failed (${signal ?? `exit code ${code}`})`;
  console.log(`\nnpm test with one core busy: ${outcome} in ${seconds} s.`);
  process.exit(code ?? 1);
});
