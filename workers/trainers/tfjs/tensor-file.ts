import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type * as TF from '@tensorflow/tfjs';

/**
 * The built-in trainer's file format for weights, adapters and checkpoints: a little-endian
 * uint32 header length, a JSON header (`meta` plus each tensor's name and shape), then every
 * tensor's float32 values in header order. Compact, and readable from any language.
 */
export interface TensorFile<M> {
  meta: M;
  tensors: Record<string, { shape: number[]; values: Float32Array }>;
}

function encodeTensorFile<M>(file: TensorFile<M>): Buffer {
  const entries = Object.entries(file.tensors);
  const header = Buffer.from(
    JSON.stringify({ meta: file.meta, tensors: entries.map(([name, t]) => ({ name, shape: t.shape })) }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([
    length,
    header,
    ...entries.map(([, t]) => Buffer.from(t.values.buffer, t.values.byteOffset, t.values.byteLength)),
  ]);
}

function decodeTensorFile<M>(bytes: Buffer): TensorFile<M> {
  const headerLength = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8')) as {
    meta: M;
    tensors: { name: string; shape: number[] }[];
  };
  let offset = 4 + headerLength;
  const tensors: TensorFile<M>['tensors'] = {};
  for (const { name, shape } of header.tensors) {
    const size = shape.reduce((a, b) => a * b, 1);
    // Copy: the values must not alias the file buffer, which may not be 4-byte aligned.
    const values = new Float32Array(size);
    Buffer.from(values.buffer).set(bytes.subarray(offset, offset + size * 4));
    tensors[name] = { shape, values };
    offset += size * 4;
  }
  return { meta: header.meta, tensors };
}

/** Writes atomically: a reader (or a resumed attempt) never sees half a file. */
export async function writeTensorFile<M>(path: string, file: TensorFile<M>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  await writeFile(partial, encodeTensorFile(file));
  await rename(partial, path);
}

export async function readTensorFile<M>(path: string): Promise<TensorFile<M>> {
  return decodeTensorFile<M>(await readFile(path));
}

/** Values of live tensors as float32 (Adam's step counter is an int32 scalar), ready to write. */
export async function snapshot(
  named: Record<string, TF.Tensor>,
): Promise<Record<string, { shape: number[]; values: Float32Array }>> {
  const out: Record<string, { shape: number[]; values: Float32Array }> = {};
  for (const [name, tensor] of Object.entries(named)) {
    const values = await tensor.data();
    out[name] = { shape: tensor.shape, values: values instanceof Float32Array ? values : Float32Array.from(values) };
  }
  return out;
}
