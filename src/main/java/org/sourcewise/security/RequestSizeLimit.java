package org.sourcewise.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.article.ArticleLimits;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose declared size is over what any page of the app sends, before anything reads it. Left to
 * the servlet container, an oversized upload ended in a 413 with an ERROR stack trace in the log; here it gets a
 * short answer and one WARN line. Uploads are bounded by the largest article file; other requests (a pasted
 * article travels in Vaadin's JSON, where a character may take six bytes) by a wider margin.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    /** The file plus room for the multipart headers around it. */
    static final long UPLOAD_BYTES = ArticleLimits.UPLOAD_BYTES + 64 * 1024;
    static final long OTHER_BYTES = 6L * ArticleLimits.RAW_TEXT + 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        long limit = type != null && type.toLowerCase().startsWith("multipart/") ? UPLOAD_BYTES : OTHER_BYTES;
        long length = request.getContentLengthLong();
        if (length > limit) {
            log.warn("Refused a {}-byte {} request to {} from {}: the limit is {} bytes", length,
                    type == null ? "untyped" : type.split(";")[0], request.getRequestURI(), request.getRemoteAddr(), limit);
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/plain;charset=UTF-8");
            response.setHeader("Connection", "close");
            response.getWriter().write("This is too large to send: a file may have at most 2 MB.\n");
            return;
        }
        chain.doFilter(request, response);
    }
}
