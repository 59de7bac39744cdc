package org.sourcewise.security;

import org.apache.catalina.Context;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

/**
 * Lets Spring Security's headers reach the pages Vaadin serves. Vaadin's servlet is reached through a forward from
 * Spring's dispatcher, and Tomcat 11 by default ends a forward by suspending the container's own response beneath
 * every wrapper: Spring Security's header writer, which waits for the response to be committed through its wrapper,
 * then finds a response that takes no more headers, and the sign-in page, every view and every small file went out
 * without a Content-Security-Policy, Referrer-Policy or nosniff. Closing through the wrappers, as Tomcat 10 did, lets
 * the writer add them first. (Writing them before the request runs instead would put "no-cache" on Vaadin's cached
 * files, whose own Cache-Control the writer otherwise leaves alone.)
 */
@Component
class HeadersAfterForward implements TomcatContextCustomizer {

    @Override
    public void customize(Context context) {
        context.setSuspendWrappedResponseAfterForward(false);
    }
}
