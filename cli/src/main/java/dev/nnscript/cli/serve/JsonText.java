package dev.nnscript.cli.serve;

import com.google.gson.stream.JsonWriter;
import dev.nnscript.cli.text.ExactNumbers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes the API's JSON. Numbers travel exactly: each double is written in the printer's shortest
 * round-trip form, which JavaScript's {@code JSON.parse} reads back to the same double; a NaN or
 * infinite value, which JSON cannot hold, is written as {@code null}.
 */
final class JsonText {

    /** Fills a writer; may throw IOException (never does: the writer writes to a string). */
    @FunctionalInterface
    interface Body {
        void write(JsonWriter json) throws IOException;
    }

    private JsonText() {}

    static String of(Body body) {
        StringWriter text = new StringWriter();
        try (JsonWriter json = new JsonWriter(text)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static void number(JsonWriter json, double value) throws IOException {
        if (Double.isFinite(value)) {
            json.jsonValue(ExactNumbers.format(value));
        } else {
            json.nullValue();
        }
    }

    static void numbers(JsonWriter json, double[] values) throws IOException {
        json.beginArray();
        for (double value : values) {
            number(json, value);
        }
        json.endArray();
    }

    static void texts(JsonWriter json, Iterable<String> values) throws IOException {
        json.beginArray();
        for (String value : values) {
            json.value(value);
        }
        json.endArray();
    }

    /** {@code {"error": message}}. */
    static String error(String message) {
        return of(json -> json.beginObject().name("error").value(message).endObject());
    }
}
