// Following a WatchService stream to its terminal message across disconnects: the gateway ends
// streams with UNAVAILABLE (GATEWAY_SHUTTING_DOWN) when it stops; a new stream that passes the
// last `resume_token` continues where the old one ended, with no duplicate and no lost terminal.
import { setTimeout as sleep } from "node:timers/promises";
import { Code, ConnectError } from "@connectrpc/connect";
import { TailoredError } from "./errors";

export interface FollowOptions {
  /** Stops following: the open stream is cancelled and the iteration throws CANCELED. */
  signal?: AbortSignal;
  /** Reconnects allowed in a row without a message in between (default 5). */
  maxReconnects?: number;
  /** First wait before reconnecting, doubled each time up to 5 s (default 200 ms); a RetryInfo
   * delay sent with the error wins. */
  reconnectDelayMs?: number;
  /** Called before each reconnect. */
  onReconnect?: (error: TailoredError, attempt: number, resumeToken: string) => void;
}

interface Update {
  terminal: boolean;
  resumeToken: string;
}

/** Yields the messages of `open(resumeToken, signal)` until one is terminal, reopening the
 * stream with the last resume token when it fails with UNAVAILABLE (or ends early). Leaving
 * the loop early (break, return, throw) cancels the open stream. */
export async function* follow<T extends Update>(
  open: (resumeToken: string, signal: AbortSignal) => AsyncIterable<T>,
  options: FollowOptions = {},
): AsyncGenerator<T> {
  const maxReconnects = options.maxReconnects ?? 5;
  const firstDelay = options.reconnectDelayMs ?? 200;
  const stop = new AbortController();
  const onAbort = () => stop.abort(options.signal?.reason);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let resumeToken = "";
  let attempt = 0;
  try {
    for (;;) {
      let failure: TailoredError;
      try {
        for await (const update of open(resumeToken, stop.signal)) {
          attempt = 0;
          if (update.resumeToken) resumeToken = update.resumeToken;
          yield update;
          if (update.terminal) return;
        }
        failure = new TailoredError(new ConnectError("stream ended before a terminal state", Code.Unavailable));
      } catch (e) {
        failure = TailoredError.from(e);
        if (failure.code !== Code.Unavailable || stop.signal.aborted) throw failure;
      }
      attempt += 1;
      if (attempt > maxReconnects) throw failure;
      options.onReconnect?.(failure, attempt, resumeToken);
      const backoff = Math.min(firstDelay * 2 ** (attempt - 1), 5_000);
      try {
        await sleep(failure.retryDelayMs ?? backoff, undefined, { signal: stop.signal });
      } catch (e) {
        throw TailoredError.from(new ConnectError("following cancelled", Code.Canceled, undefined, undefined, e));
      }
    }
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
    stop.abort(); // a consumer that leaves early must not leave the call open
  }
}
