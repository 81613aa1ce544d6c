package org.accord.execution;

import java.util.Map;

/**
 * A request the endpoint refuses before GraphQL sees it: not a well-formed GraphQL-over-HTTP request
 * (400), no or an insufficient bearer token (401, 403), a mutation over GET (405), no acceptable
 * response type (406), an unsupported body type (415). Its status does not depend on the negotiated
 * media type; the body is still a GraphQL response with one error.
 */
public final class HttpProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public final int status;
    public final String code;
    /** Response headers that go with the status ({@code Allow} for a 405, {@code WWW-Authenticate} for a 401). */
    public final Map<String, String> headers;

    /** {@code allow}: the {@code Allow} header of a 405, else null. */
    public HttpProblem(int status, String code, String message, String allow) {
        this(status, code, message, allow == null ? Map.of() : Map.of("Allow", allow));
    }

    private HttpProblem(int status, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.headers = headers;
    }

    public static HttpProblem badRequest(String message) {
        return new HttpProblem(400, GraphQlErrors.BAD_USER_INPUT, message, (String) null);
    }

    /** RFC 6750: a request without a token gets a challenge naming the scheme. */
    static HttpProblem unauthenticated(String message) {
        return new HttpProblem(401, GraphQlErrors.UNAUTHENTICATED, message, Map.of("WWW-Authenticate", "Bearer"));
    }

    /** RFC 6750: a token that failed verification. */
    public static HttpProblem invalidToken(String message) {
        return new HttpProblem(401, GraphQlErrors.UNAUTHENTICATED, message,
                Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    }

    static HttpProblem forbidden(String message) {
        return new HttpProblem(403, GraphQlErrors.FORBIDDEN, message,
                Map.of("WWW-Authenticate", "Bearer error=\"insufficient_scope\""));
    }
}
