package com.penguinmails.operational.notifications;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one step of background work again and again on its own thread while the service runs: at once while the step
 * reports work done, after {@code idleWait} when it found nothing (or {@link #wake()} is called), and after
 * {@code idleWait} when it failed (logged, never fatal).
 */
public final class BackgroundLoop implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundLoop.class);

    private final String name;
    private final IntSupplier step;
    private final Duration idleWait;
    private final Object signal = new Object();
    private volatile boolean running;
    private boolean woken;
    private Thread thread;

    /**
     * @param name the thread's name
     * @param step does one round of work and returns how many items it handled
     * @param idleWait how long to wait after a round without work or with a failure
     */
    public BackgroundLoop(String name, IntSupplier step, Duration idleWait) {
        this.name = name;
        this.step = step;
        this.idleWait = idleWait;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        running = false;
        if (thread != null) {
            wake();
            thread.join(Duration.ofSeconds(30).toMillis());
            thread = null;
        }
    }

    /** Ends the current wait early: new work is there. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        while (running) {
            int handled;
            try {
                handled = step.getAsInt();
            } catch (RuntimeException e) {
                LOG.warn("{}: a round failed, retrying in {}: {}", name, idleWait, e.toString());
                handled = 0;
            }
            if (handled == 0) {
                pause();
            }
        }
    }

    private void pause() {
        synchronized (signal) {
            try {
                if (!woken && running) {
                    signal.wait(idleWait.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            woken = false;
        }
    }
}
