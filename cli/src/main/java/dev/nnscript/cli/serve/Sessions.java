package dev.nnscript.cli.serve;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages open on the server, each an {@link EditSession} under a random id. At most
 * {@link #LIMIT} are kept: a new page replaces the one used least recently (a page in use keeps
 * asking for views and events) whose training is not running. A paused training is ended with its
 * page: a page closed while paused would otherwise hold a training slot until the server stops. A
 * running training is never ended for a new page.
 */
final class Sessions {

    static final int LIMIT = 16;

    private final ServedScript served;
    private final TrainingSlots slots;
    private final SecureRandom random = new SecureRandom();
    /** In access order: the least recently used page first. */
    private final Map<String, EditSession> open = new LinkedHashMap<>(LIMIT, 0.75f, true);

    Sessions(ServedScript served, TrainingSlots slots) {
        this.served = served;
        this.slots = slots;
    }

    synchronized String create() {
        if (open.size() >= LIMIT && !evictOne()) {
            throw new HttpProblem(429, LIMIT + " pages with trainings running are open; stop one first");
        }
        byte[] bytes = new byte[12];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes);
        open.put(id, new EditSession(served, slots));
        return id;
    }

    synchronized EditSession get(String id) {
        EditSession session = open.get(id);
        if (session == null) {
            throw HttpProblem.notFound("no page session '" + id + "' (the server restarted, or the page was"
                    + " replaced by newer ones); reload the page");
        }
        return session;
    }

    /** Ends every page's training (the server is stopping). */
    synchronized void close() {
        open.values().forEach(EditSession::close);
        open.clear();
    }

    /** Removes the least recently used page whose training, if any, is not running (a paused one is ended). */
    private boolean evictOne() {
        for (Iterator<EditSession> it = open.values().iterator(); it.hasNext();) {
            EditSession session = it.next();
            if (!session.trainingActive() || session.trainingPaused()) {
                session.discard();
                it.remove();
                return true;
            }
        }
        return false;
    }
}
