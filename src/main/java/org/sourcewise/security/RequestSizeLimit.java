package org.sourcewise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.article.ArticleLimits;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request over what any page of the app sends, before anything else reads it. Left to the servlet
 * container, an oversized upload ended in a 413 with an ERROR stack trace in the log; here it gets a short answer
 * and one WARN line. Uploads are bounded by the largest article file; other requests (a pasted article travels in
 * Vaadin's JSON, where a character may take six bytes) by a wider margin. A request that declares its size is judged
 * by it. An upload sent in chunks, with no size declared, is read here under the container's multipart limits
 * ({@code spring.servlet.multipart.*}, the same bound), so that running over them is refused in the same way.
 * It runs inside Spring Security's chain, after the header writer, so that a refusal carries the security headers too.
 */
class RequestSizeLimit extends OncePerRequestFilter {

    /** The file plus room for the multipart headers around it. */
    static final long UPLOAD_BYTES = ArticleLimits.UPLOAD_BYTES + 64 * 1024;

    static final long OTHER_BYTES = 6L * ArticleLimits.RAW_TEXT + 64 * 1024;

    private static final int TOO_LARGE = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        long limit = upload ? UPLOAD_BYTES : OTHER_BYTES;
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuse(request, response, length + "-byte", limit);
            return;
        }
        if (upload && length < 0 && !readWithinLimit(request)) {
            refuse(request, response, "chunked", limit);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Reads the parts of an upload of undeclared size; false when it runs over the limits. */
    private static boolean readWithinLimit(HttpServletRequest request) throws IOException, ServletException {
        try {
            request.getParts();
            return true;
        } catch (InvalidParameterException e) {
            if (e.getErrorCode() == TOO_LARGE) {
                return false;
            }
            throw e;
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String size, long limit)
            throws IOException {
        String type = request.getContentType();
        log.warn(
                "Refused a {} {} request to {} from {}: the limit is {} bytes",
                size,
                type == null ? "untyped" : type.split(";", -1)[0],
                request.getRequestURI(),
                request.getRemoteAddr(),
                limit);
        response.setStatus(TOO_LARGE);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Connection", "close");
        response.getWriter().write("This is too large to send: a file may have at most 2 MB.\n");
    }
}
