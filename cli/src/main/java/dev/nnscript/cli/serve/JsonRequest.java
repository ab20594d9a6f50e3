package dev.nnscript.cli.serve;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

/**
 * A request's JSON body, read with messages that name the field and what it must be: every
 * problem is an {@link HttpProblem} 400. Numbers are read from their text with
 * {@link Double#parseDouble}, so a double the page sends arrives exactly.
 */
final class JsonRequest {

    private final JsonObject body;

    private JsonRequest(JsonObject body) {
        this.body = body;
    }

    static JsonRequest parse(String text) {
        JsonElement parsed;
        try {
            parsed = text.isBlank() ? new JsonObject() : JsonParser.parseString(text);
        } catch (JsonParseException e) {
            throw HttpProblem.badRequest("the request body is not JSON: " + rootMessage(e));
        }
        if (!parsed.isJsonObject()) {
            throw HttpProblem.badRequest("the request body must be a JSON object");
        }
        return new JsonRequest(parsed.getAsJsonObject());
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    boolean has(String field) {
        return body.has(field) && !body.get(field).isJsonNull();
    }

    String text(String field) {
        JsonElement value = required(field);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw HttpProblem.badRequest("field '" + field + "' must be a string");
        }
        return value.getAsString();
    }

    boolean flag(String field) {
        if (!has(field)) {
            return false;
        }
        JsonElement value = body.get(field);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw HttpProblem.badRequest("field '" + field + "' must be true or false");
        }
        return value.getAsBoolean();
    }

    int index(String field) {
        double value = finite(field, required(field));
        if (value != Math.rint(value) || value < 0 || value > Integer.MAX_VALUE) {
            throw HttpProblem.badRequest("field '" + field + "' must be a whole number, 0 or more");
        }
        return (int) value;
    }

    double number(String field) {
        return finite(field, required(field));
    }

    /** An array of finite numbers, exactly {@code length} long. */
    double[] numbers(String field, int length) {
        JsonElement value = required(field);
        if (!value.isJsonArray()) {
            throw HttpProblem.badRequest("field '" + field + "' must be an array of " + length + " numbers");
        }
        JsonArray array = value.getAsJsonArray();
        if (array.size() != length) {
            throw HttpProblem.badRequest("field '" + field + "' must hold " + length + " numbers, not " + array.size());
        }
        double[] numbers = new double[length];
        for (int i = 0; i < length; i++) {
            numbers[i] = finite(field + "[" + i + "]", array.get(i));
        }
        return numbers;
    }

    private JsonElement required(String field) {
        if (!has(field)) {
            throw HttpProblem.badRequest("field '" + field + "' is missing");
        }
        return body.get(field);
    }

    private static double finite(String field, JsonElement value) {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw HttpProblem.badRequest("field '" + field + "' must be a number");
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        double number;
        try {
            number = Double.parseDouble(primitive.getAsString());
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("field '" + field + "' must be a number");
        }
        if (!Double.isFinite(number)) {
            throw HttpProblem.badRequest("field '" + field + "' must be a finite number");
        }
        return number;
    }
}
