package org.sourcewise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.sourcewise.Tier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every kind of response carries the security headers, over plain HTTP as a browser sees it: Vaadin's pages (which
 * reach Vaadin's servlet through a forward), its small files, a redirect, pages that are not there, and the app's own
 * refusals. Behind an HTTPS proxy pages also carry HSTS and the session cookie is Secure.
 */
@Tier.Spring
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles("test")
class SecurityHeadersIT {

    @LocalServerPort
    private int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .as(response.uri() + " CSP")
                .contains(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().firstValue("Referrer-Policy"))
                .as(response.uri() + " Referrer-Policy")
                .contains("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as(response.uri() + " nosniff")
                .contains("nosniff");
    }

    /** The smallest of Vaadin's built files: a response well inside the container's output buffer. */
    private static String smallStaticFile() throws IOException {
        Resource[] built = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/VAADIN/webapp/VAADIN/build/*.js");
        Resource smallest = Arrays.stream(built)
                .min(Comparator.comparingLong(SecurityHeadersIT::length))
                .orElseThrow();
        return "/VAADIN/build/" + smallest.getFilename();
    }

    private static long length(Resource resource) {
        try {
            return resource.contentLength();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }

    @Test
    void everyPageNamesTheIconWhichAnyoneMayFetch() throws IOException, InterruptedException {
        HttpResponse<String> login = send(get("/login"));
        HttpResponse<String> icon = send(get("/icons/favicon.svg"));

        assertThat(login.body()).contains("<link href=\"icons/favicon.svg\" rel=\"icon\"");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(icon.body()).contains("<svg");
        assertSecurityHeaders(icon);
    }

    @Test
    void theSignInPageCarriesThePolicyReferrerPolicyAndNosniff() throws IOException, InterruptedException {
        HttpResponse<String> login = send(get("/login"));

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("<html");
        assertSecurityHeaders(login);
    }

    @Test
    void aSmallStaticFileKeepsVaadinsCachingAndCarriesTheHeaders() throws IOException, InterruptedException {
        HttpResponse<String> file = send(get(smallStaticFile()));

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body().length()).isLessThan(8192);
        assertSecurityHeaders(file);
        assertThat(file.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age")
                .doesNotContain("no-store");
    }

    @Test
    void aRedirectToSignInAFileThatIsNotThereAndAPageThatIsNotThereCarryTheHeaders()
            throws IOException, InterruptedException {
        HttpResponse<String> redirect = send(get("/quizzes"));
        HttpResponse<String> missingFile = send(get("/favicon.ico"));
        HttpResponse<String> missingPage = send(get("/articles/not-a-number"));

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElse(""))
                .endsWith("/login")
                .doesNotContain("jsessionid");
        assertThat(missingFile.statusCode()).isEqualTo(404);
        assertThat(missingPage.statusCode()).isEqualTo(200);
        assertSecurityHeaders(redirect);
        assertSecurityHeaders(missingFile);
        assertSecurityHeaders(missingPage);
    }

    @Test
    void theAppsOwnRefusalsCarryTheHeaders() throws IOException, InterruptedException {
        HttpResponse<String> foreignLogin = send(get("/login")
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=head&password=x")));
        HttpResponse<String> tooLarge = send(get("/VAADIN/dynamic/resource/0/upload")
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[3 * 1024 * 1024])));

        assertThat(foreignLogin.statusCode()).isEqualTo(403);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertSecurityHeaders(foreignLogin);
        assertSecurityHeaders(tooLarge);
    }

    @Test
    void overPlainHttpThereIsNoHstsAndTheSessionCookieIsSameSiteLaxHttpOnlyAndNotSecure()
            throws IOException, InterruptedException {
        HttpResponse<String> login = send(get("/login"));

        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(login.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .asString()
                .contains("SameSite=Lax")
                .contains("HttpOnly")
                .doesNotContain("Secure");
    }

    @Test
    void behindAnHttpsProxyPagesCarryHstsAndTheSessionCookieIsSecure() throws IOException, InterruptedException {
        HttpResponse<String> login = send(get("/login").header("X-Forwarded-Proto", "https"));

        assertThat(login.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=31536000");
        assertThat(login.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .asString()
                .contains("Secure")
                .contains("SameSite=Lax")
                .contains("HttpOnly");
        assertSecurityHeaders(login);
    }
}
