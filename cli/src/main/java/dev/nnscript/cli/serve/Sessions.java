package dev.nnscript.cli.serve;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages open on the server, each an {@link EditSession} under a random id. At most
 * {@link #LIMIT} are kept: a new page replaces the oldest one without a training under way.
 */
final class Sessions {

    static final int LIMIT = 16;

    private final ServedScript served;
    private final TrainingSlots slots;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, EditSession> open = new LinkedHashMap<>();

    Sessions(ServedScript served, TrainingSlots slots) {
        this.served = served;
        this.slots = slots;
    }

    synchronized String create() {
        if (open.size() >= LIMIT && !evictOne()) {
            throw new HttpProblem(429, LIMIT + " pages with trainings under way are open; close or reset one first");
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

    private boolean evictOne() {
        for (Iterator<EditSession> it = open.values().iterator(); it.hasNext();) {
            if (!it.next().trainingActive()) {
                it.remove();
                return true;
            }
        }
        return false;
    }
}
