package org.sourcewise.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.SignedIn;
import org.sourcewise.SourcewiseServerTest;
import org.sourcewise.Tier;
import org.sourcewise.account.AccountService;
import org.sourcewise.security.Roles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sign-in as an attacker tries it, over plain HTTP: guessing passwords meets growing waits and a lock an admin
 * lifts, a login posted from another site is refused, and every page carries the security headers.
 */
@Tier.Spring
@SourcewiseServerTest
class SignInAttackIT {

    @LocalServerPort
    private int port;

    @Autowired
    private AccountService accounts;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void liftAnyLock() {
        SignedIn.as("head", Roles.ADMIN);
        accounts.liftSignInLock("head");
        SignedIn.nobody();
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> postLogin(String password, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=head&password=" + password.replace(" ", "+")));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void twentyWrongPasswordsThenTheRightOneDoNotSignIn() throws IOException, InterruptedException {
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            locations.add(postLogin("wrong " + i, base())
                    .headers()
                    .firstValue("Location")
                    .orElse(""));
        }
        HttpResponse<String> right = postLogin("a long admin password", base());

        assertThat(locations.subList(0, 5)).allMatch(location -> location.endsWith("/login?error"));
        assertThat(locations.get(5)).contains("/login?wait=");
        assertThat(right.headers().firstValue("Location").orElse("")).contains("/login?wait=");
        assertThat(right.headers().firstValue("Set-Cookie").orElse("")).doesNotContain("JSESSIONID");

        SignedIn.as("head", Roles.ADMIN);
        assertThat(accounts.liftSignInLock("head")).isTrue();
        assertThat(postLogin("a long admin password", base())
                        .headers()
                        .firstValue("Location")
                        .orElse(""))
                .doesNotContain("error")
                .doesNotContain("wait");
    }

    @Test
    void aLoginPostedFromAnotherSiteOrFromNoPageIsRefused() throws IOException, InterruptedException {
        assertThat(postLogin("a long admin password", "https://evil.example").statusCode())
                .isEqualTo(403);
        assertThat(postLogin("a long admin password", null).statusCode()).isEqualTo(403);
    }
}
