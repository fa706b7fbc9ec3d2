// Runs a wasm32-wasi command module under Node's built-in WASI (preview1):
//   node scripts/wasi-run.mjs MODULE.wasm [ARGS...]
// The module sees MODULE.wasm and ARGS as its argv, this process's environment,
// and the whole file system preopened at "/". It reads and writes fds 0, 1
// and 2 directly, and its exit status becomes this process's.
//
// WASI has no working directory: wasi-libc starts every module at "/". The
// directory this runner was started in goes to the module as PYTIER_WASI_CWD,
// for its startup code to chdir() to and then unset, so that relative paths
// resolve as they do natively.
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import { writeSync } from 'node:fs';

// Node 20 flags WASI as experimental on stderr; that line would be the only
// difference from a native run's stderr.
process.removeAllListeners('warning');

// Wasm locals live on the JavaScript thread's stack, which V8 caps near 1 MB:
// a deeply recursive module would overflow it long before its own 8 MB stack
// in linear memory. A worker thread can be given a larger one.
const kStackMb = 64;

function fail(message, status) {
  writeSync(2, `wasi-run: ${message}\n`);
  process.exit(status);
}

async function runModule([modulePath, ...args]) {
  const { WASI } = await import('node:wasi');
  const { readFile } = await import('node:fs/promises');
  const wasi = new WASI({
    version: 'preview1',
    args: [modulePath, ...args],
    env: { ...process.env, PYTIER_WASI_CWD: process.cwd() },
    preopens: { '/': '/' },
    returnOnExit: true,
  });
  let instance;
  try {
    const module = await WebAssembly.compile(await readFile(modulePath));
    instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  } catch (e) {
    fail(`${modulePath}: ${e.message}`, 2);
  }
  try {
    process.exit(wasi.start(instance));
  } catch (e) {
    // A trap (unreachable, stack exhaustion, out-of-bounds access) is the
    // module's crash: end as an abort would end a native process.
    fail(`${e.constructor.name}: ${e.message}`, 134);
  }
}

if (!isMainThread) {
  await runModule(workerData);
} else if (process.argv.length < 3) {
  fail('usage: node wasi-run.mjs MODULE.wasm [ARGS...]', 2);
} else {
  const worker = new Worker(new URL(import.meta.url), {
    workerData: process.argv.slice(2),
    resourceLimits: { stackSizeMb: kStackMb },
  });
  worker.on('error', (e) => fail(e.message, 134));
  worker.on('exit', (status) => { process.exitCode = status; });
}
