// A unit's key (plugins/output-plan.ts): its inputs written one after another into one buffer, each with its
// length (so no two lists of inputs write the same bytes), and the buffer digested once. A post's summary goes
// in as its 20-byte digest: writing each as 40 hex digits into a string first cost a hundred thousand units
// half a second.
import { hash } from 'node:crypto';

/** Bytes in a SHA-1 digest. */
export const DIGEST_BYTES = 20;

export class UnitKey {
  private bytes = Buffer.alloc(1 << 16);
  private length = 0;

  /** Starts the next key: every unit's inputs begin with the code key and the unit's kind. */
  begin(codeKey: string, kind: string): this {
    this.length = 0;
    return this.text(codeKey).text(kind);
  }

  text(value: string | number | null): this {
    const text = String(value);
    this.room(4 + text.length * 3);
    const written = this.bytes.write(text, this.length + 4);
    this.bytes.writeUInt32LE(written, this.length);
    this.length += 4 + written;
    return this;
  }

  /** How many inputs the list that follows holds. */
  count(value: number): this {
    this.room(4);
    this.bytes.writeUInt32LE(value, this.length);
    this.length += 4;
    return this;
  }

  /** A digest kept at `at` in `source`. */
  digest(source: Buffer, at: number): this {
    this.room(DIGEST_BYTES);
    // By hand: Buffer#copy costs more than 20 bytes are worth.
    const { bytes, length } = this;
    for (let i = 0; i < DIGEST_BYTES; i++) bytes[length + i] = source[at + i] as number;
    this.length += DIGEST_BYTES;
    return this;
  }

  finish(): string {
    return hash('sha1', this.bytes.subarray(0, this.length), 'hex');
  }

  private room(more: number): void {
    if (this.length + more <= this.bytes.length) return;
    let size = this.bytes.length;
    while (size < this.length + more) size *= 2;
    const bigger = Buffer.alloc(size);
    this.bytes.copy(bigger, 0, 0, this.length);
    this.bytes = bigger;
  }
}
