package dev.nnscript.cli.serve;

/**
 * A request the API refuses: the HTTP status (4xx) and a message for the page, sent as
 * {@code {"error": "..."}}. Thrown anywhere below a route; {@link ApiRoutes} answers it.
 */
final class HttpProblem extends RuntimeException {

    private final int status;

    HttpProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }

    static HttpProblem notFound(String message) {
        return new HttpProblem(404, message);
    }

    static HttpProblem conflict(String message) {
        return new HttpProblem(409, message);
    }
}
