package dev.nnscript.cli.serve;

import java.util.concurrent.Semaphore;

/**
 * How many trainings may run at once, over every page of the server: each takes a processor, so a
 * page asking for more than the limit gets 429 and a message instead of slowing every other down.
 */
final class TrainingSlots {

    private final int limit;
    private final Semaphore free;

    TrainingSlots(int limit) {
        this.limit = limit;
        this.free = new Semaphore(limit);
    }

    /** Takes a slot, or refuses with 429 when all are taken. */
    void take() {
        if (!free.tryAcquire()) {
            throw new HttpProblem(429, limit + " trainings are running already (the limit of this server);"
                    + " stop or reset one, or wait until one finishes");
        }
    }

    void give() {
        free.release();
    }
}
