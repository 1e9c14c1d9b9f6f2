/**
 * A progress bar on standard error, drawn only when it is a terminal.
 */

const BAR_WIDTH = 30
const REDRAW_MS = 100

/** Draws `done / total` on `stream`; `finish` clears it. */
export class Progress {
  readonly #stream: NodeJS.WriteStream | NodeJS.WritableStream
  readonly #total: number
  readonly #enabled: boolean
  #done = 0
  #drawnAt = 0

  constructor(stream: NodeJS.WritableStream, total: number) {
    this.#stream = stream
    this.#total = total
    this.#enabled = total > 1 && (stream as NodeJS.WriteStream).isTTY === true
  }

  tick(): void {
    this.#done++
    if (!this.#enabled) return
    const now = Date.now()
    if (now - this.#drawnAt < REDRAW_MS && this.#done < this.#total) return
    this.#drawnAt = now
    const filled = Math.round((this.#done / this.#total) * BAR_WIDTH)
    this.#stream.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${this.#done}/${this.#total}`,
    )
  }

  /** What to write before a message so it does not land on the bar. */
  clearLine(): string {
    return this.#enabled ? '\r\x1b[2K' : ''
  }

  finish(): void {
    if (this.#enabled) this.#stream.write('\r\x1b[2K')
  }
}
