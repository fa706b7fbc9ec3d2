// Runs a wasm32-wasi command module under Node's built-in WASI (preview1):
//   node scripts/wasi-run.mjs MODULE.wasm [ARGS...]
// The module sees ARGS after its own name, this process's environment, and the
// whole file system preopened at "/". stdin, stdout, stderr and the exit status
// pass straight through.
//
// WASI has no working directory: wasi-libc starts every module at "/". The
// directory this runner was started in goes to the module as PYTIER_WASI_CWD,
// for its startup code to chdir() to and then unset, so relative paths resolve
// as they do natively.

// Node 20 flags WASI as experimental on stderr; that would be the only
// difference from a native run's stderr.
process.removeAllListeners('warning');
const { WASI } = await import('node:wasi');
const { readFile } = await import('node:fs/promises');

const [modulePath, ...args] = process.argv.slice(2);
if (!modulePath) {
  process.stderr.write('usage: node wasi-run.mjs MODULE.wasm [ARGS...]\n');
  process.exit(2);
}

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
  process.stderr.write(`wasi-run: ${modulePath}: ${e.message}\n`);
  process.exit(2);
}

try {
  process.exitCode = wasi.start(instance);
} catch (e) {
  // A trap (unreachable, stack exhaustion, out-of-bounds access) is the
  // module's crash: report it as an abort would end a native process.
  process.stderr.write(`wasi-run: ${e.constructor.name}: ${e.message}\n`);
  process.exitCode = 134;
}
