package kz.certcopy.intake.limits;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import kz.certcopy.common.CertCopyException;
import kz.certcopy.intake.IntakeError;

/**
 * Runs parsing of untrusted files on a small bounded pool with a deadline. A parser that overruns is
 * interrupted and the caller gets {@code PROCESSING_TIMEOUT}; the pool is bounded so hostile uploads cannot
 * take every CPU, and a full queue answers {@code PROCESSING_TIMEOUT} at once rather than piling up.
 */
public final class TimeBox implements AutoCloseable {

    private final ThreadPoolExecutor pool;

    public TimeBox(int threads, int queue) {
        AtomicInteger seq = new AtomicInteger();
        pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "intake-parser-" + seq.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.allowCoreThreadTimeOut(true);
    }

    /** @param mediaType what is being parsed, named in {@code CORRUPT_FILE} when the parser fails unexpectedly */
    public <T> T run(Callable<T> work, Duration timeout, String mediaType) {
        Future<T> future;
        try {
            future = pool.submit(work);
        } catch (RejectedExecutionException busy) {
            throw IntakeError.PROCESSING_TIMEOUT.exception(timeout.toSeconds());
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            future.cancel(true);
            throw IntakeError.PROCESSING_TIMEOUT.exception(timeout.toSeconds());
        } catch (InterruptedException stop) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw IntakeError.PROCESSING_TIMEOUT.exception(timeout.toSeconds());
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof CertCopyException known) {
                throw known;
            }
            if (cause instanceof OutOfMemoryError || cause instanceof StackOverflowError) {
                throw IntakeError.PDF_TOO_COMPLEX.exception(cause);
            }
            throw IntakeError.CORRUPT_FILE.exception(cause, mediaType);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
