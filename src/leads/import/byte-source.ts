import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';

const CHUNK_BYTES = 64 * 1024;

/** The bytes of an uploaded buffer or a file, readable more than once without loading a file into memory. */
export interface ByteSource {
  readonly size: number;
  /** A new stream from the first byte; `onBytes` hears the running total. */
  stream(onBytes?: (bytesRead: number) => void): Readable;
  head(length: number): Promise<Buffer>;
}

export async function byteSource(input: { path?: string; buffer?: Buffer }): Promise<ByteSource> {
  if (input.buffer && input.path === undefined) return bufferSource(input.buffer);
  if (input.path !== undefined && !input.buffer) return fileSource(input.path, (await stat(input.path)).size);
  throw new Error('Give either a path or a buffer to read, not both');
}

function bufferSource(buffer: Buffer): ByteSource {
  return {
    size: buffer.length,
    // Slices, so a decoder never turns the whole upload into one string next to the buffer.
    stream: (onBytes) => counted(slices(buffer), onBytes),
    head: async (length) => buffer.subarray(0, length),
  };
}

function fileSource(path: string, size: number): ByteSource {
  return {
    size,
    stream: (onBytes) => counted(createReadStream(path, { highWaterMark: CHUNK_BYTES }), onBytes),
    async head(length) {
      const file = await open(path);
      try {
        const { buffer, bytesRead } = await file.read(Buffer.alloc(length), 0, length, 0);
        return buffer.subarray(0, bytesRead);
      } finally {
        await file.close();
      }
    },
  };
}

function* slices(buffer: Buffer): Generator<Buffer> {
  for (let start = 0; start < buffer.length; start += CHUNK_BYTES) yield buffer.subarray(start, start + CHUNK_BYTES);
}

function counted(chunks: Iterable<Buffer> | AsyncIterable<Buffer>, onBytes?: (bytesRead: number) => void): Readable {
  async function* count(): AsyncGenerator<Buffer> {
    let bytesRead = 0;
    for await (const chunk of chunks) {
      bytesRead += chunk.length;
      onBytes?.(bytesRead);
      yield chunk;
    }
  }
  return Readable.from(count(), { objectMode: false });
}
