import { createRequire } from 'node:module';
import { dirname } from 'node:path';
// The umbrella package, not tfjs-core alone: its Node bundle is what registers the gradients.
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/**
 * TensorFlow.js on its WebAssembly backend: about four times the pure-JS backend's training
 * speed on a CPU, with no native build step (README: "Why TensorFlow.js on WASM"). The .wasm
 * binaries ship in the package; Node needs to be told where.
 */
let ready: Promise<typeof tf> | undefined;

export function loadTf(): Promise<typeof tf> {
  ready ??= (async () => {
    const wasm = createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm');
    setWasmPaths(`${dirname(wasm)}/`);
    await tf.setBackend('wasm');
    await tf.ready();
    return tf;
  })();
  return ready;
}
