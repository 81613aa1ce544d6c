package org.accord.http;

/**
 * A request the endpoint refuses before GraphQL sees it: not a well-formed GraphQL-over-HTTP request
 * (400), a mutation over GET (405), no acceptable response type (406), an unsupported body type
 * (415). Its status does not depend on the negotiated media type; the body is still a GraphQL
 * response with one error.
 */
final class HttpProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int status;
    final String code;
    /** The {@code Allow} header to send (405), or null. */
    final String allow;

    HttpProblem(int status, String code, String message, String allow) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.allow = allow;
    }

    static HttpProblem badRequest(String message) {
        return new HttpProblem(400, GraphQlErrors.BAD_USER_INPUT, message, null);
    }
}
