package org.sourcewise.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.sourcewise.security.ui.LoginView;
import org.sourcewise.security.ui.TriedName;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Views are denied unless they carry an access annotation, and service methods state their rule with
 * {@code @PreAuthorize}, so that nothing becomes reachable by forgetting to protect it.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'self'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle) throws Exception {
        // The app's own stylesheets and icon, and the browser libraries it serves from WebJars (Chart.js) are public
        // like
        // Vaadin's. A mistyped article or attempt link ("/articles/abc") matches no route, so Vaadin's filter would
        // answer a bare 403; letting it through reaches the not-found page, and the views behind these paths still
        // check who may open them. The same holds for live sessions: "/live/CODE" from a QR code must reach the
        // anonymous join page.
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                        "/styles/**", "/icons/**", "/webjars/**", "/articles/**", "/attempts/**", "/live/**")
                .permitAll());
        // Vaadin's bootstrap page runs inline scripts and its client evaluates code it is sent, and its components
        // set inline styles, hence the 'unsafe-' sources; everything else comes from the app itself, push goes over a
        // WebSocket to it, and no other site may frame a page. HSTS is sent only over HTTPS, where it means something.
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.sameOrigin())
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000)));
        // Right after the header writer, so that their refusals carry the headers too, and before anything reads a
        // request's body (the CSRF filter reads its parameters).
        http.addFilterAfter(new RequestSizeLimit(), HeaderWriterFilter.class);
        http.addFilterAfter(new LoginGuard(throttle), RequestSizeLimit.class);
        // The one page for any failed sign-in, whatever the reason, so that it tells nothing of the account. Naming the
        // sign-in page here too keeps Spring Security from serving its own at /login before Vaadin's names it.
        http.formLogin(form -> form.loginPage("/login").failureHandler((request, response, exception) -> {
            TriedName.keep(request);
            response.sendRedirect(request.getContextPath() + "/login?error");
        }));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    /** bcrypt by default, with the algorithm recorded in each hash so that it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
