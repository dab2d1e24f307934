import { Transform, Writable, type Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/** Thrown inside the pipeline when the cap is crossed; the client turns it into FetchError TOO_LARGE. */
export class BodyTooLarge extends Error {
  constructor(
    readonly limit: number,
    readonly stage: 'received' | 'decoded',
  ) {
    super(`more than ${limit} bytes ${stage}`);
  }
}

/**
 * Reads a response body into memory, decoding Content-Encoding with node:zlib (undici's `request` does
 * not decompress). The cap applies to the bytes received and again to the decoded bytes, so neither a
 * long stream nor a small gzip bomb can fill memory. Crossing it fails the pipeline, which destroys the
 * undici body and so the socket: the rest of the body is never read.
 */
export async function readCappedBody(body: Readable, contentEncoding: string | null, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const collect = new Writable({
    write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
      chunks.push(chunk);
      done();
    },
  });
  await pipeline([body, byteCap(maxBytes, 'received'), ...decoders(contentEncoding), byteCap(maxBytes, 'decoded'), collect]);
  return Buffer.concat(chunks);
}

function byteCap(maxBytes: number, stage: BodyTooLarge['stage']): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      seen += chunk.length;
      if (seen > maxBytes) return done(new BodyTooLarge(maxBytes, stage));
      done(null, chunk);
    },
  });
}

// "Content-Encoding: gzip, br" lists encodings in the order they were applied: undo them in reverse.
function decoders(contentEncoding: string | null): Transform[] {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding && coding !== 'identity');
  return codings.reverse().map(decoderFor);
}

function decoderFor(coding: string): Transform {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'br':
      return createBrotliDecompress();
    // RFC 9110 "deflate" is zlib-wrapped; the raw-deflate servers of old IIS are not worth a sniffing stage.
    case 'deflate':
      return createInflate();
    default:
      throw new Error(`unsupported Content-Encoding "${coding}"`);
  }
}
