package ai.bria.tailored.client;

import io.grpc.Status;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One followed resource over a WatchService stream. Hands every update to a listener, resumes
 * with the last {@code resume_token} when the stream ends UNAVAILABLE (a gateway restart or a
 * lost connection), and completes with the terminal message. {@link #cancel()} ends the stream.
 */
public final class Watch<T> {
    /** Opens one stream: (resume token, observer). */
    interface Opener<T> extends BiConsumer<String, ClientResponseObserver<Object, T>> {}

    private final Opener<T> opener;
    private final Function<T, String> tokenOf;
    private final Predicate<T> terminal;
    private final Consumer<T> listener;
    private final int maxReconnects;
    private final Duration backoff;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile ClientCallStreamObserver<Object> current;
    private volatile String resumeToken = "";
    private volatile boolean cancelled;
    private volatile int reconnects;
    private T last;

    Watch(Opener<T> opener, Function<T, String> tokenOf, Predicate<T> terminal, Consumer<T> listener,
          int maxReconnects, Duration backoff) {
        this.opener = opener;
        this.tokenOf = tokenOf;
        this.terminal = terminal;
        this.listener = listener;
        this.maxReconnects = maxReconnects;
        this.backoff = backoff;
    }

    void start() {
        opener.accept(resumeToken, new Observer());
    }

    private final class Observer implements ClientResponseObserver<Object, T> {
        @Override
        public void beforeStart(ClientCallStreamObserver<Object> stream) {
            current = stream;
            if (cancelled) {
                stream.cancel("cancelled by the caller", null);
            }
        }

        @Override
        public void onNext(T update) {
            synchronized (Watch.this) {
                last = update;
            }
            String token = tokenOf.apply(update);
            if (!token.isEmpty()) {
                resumeToken = token;
            }
            try {
                listener.accept(update);
            } catch (RuntimeException broken) {
                cancel();
                result.completeExceptionally(broken);
            }
        }

        @Override
        public void onError(Throwable error) {
            Status.Code code = Status.fromThrowable(error).getCode();
            if (code == Status.Code.UNAVAILABLE && !cancelled && reconnects < maxReconnects && !result.isDone()) {
                reconnects++;
                long delay = Math.min(backoff.toMillis() << Math.min(reconnects - 1, 5), 5_000);
                CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS).execute(() -> {
                    if (!cancelled) {
                        start();
                    }
                });
                return;
            }
            result.completeExceptionally(TailoredException.from(error));
        }

        @Override
        public void onCompleted() {
            T end;
            synchronized (Watch.this) {
                end = last;
            }
            if (end != null && terminal.test(end)) {
                result.complete(end);
            } else {
                result.completeExceptionally(new IllegalStateException("the stream ended before a terminal state"));
            }
        }
    }

    /** Ends the stream (the gateway sees the cancellation at once); the result fails with CANCELLED. */
    public void cancel() {
        cancelled = true;
        ClientCallStreamObserver<Object> stream = current;
        if (stream != null) {
            stream.cancel("cancelled by the caller", null);
        }
        result.completeExceptionally(TailoredException.from(Status.CANCELLED.withDescription("cancelled by the caller").asRuntimeException()));
    }

    /** Completes with the terminal message, or fails with a {@link TailoredException}. */
    public CompletableFuture<T> result() {
        return result;
    }

    /** Waits for the terminal message; on timeout the stream is cancelled and DEADLINE_EXCEEDED thrown. */
    public T await(Duration timeout) {
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            cancel();
            throw TailoredException.from(Status.DEADLINE_EXCEEDED
                    .withDescription("no terminal state within " + timeout).asRuntimeException());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            cancel();
            throw TailoredException.from(Status.CANCELLED.withCause(interrupted).asRuntimeException());
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw TailoredException.from(cause);
        }
    }

    /** The last resume token received (empty before the first message). */
    public String resumeToken() {
        return resumeToken;
    }

    /** How many times the stream was reopened after UNAVAILABLE. */
    public int reconnects() {
        return reconnects;
    }
}
