package org.sourcewise.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.sourcewise.account.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Views are denied unless they carry an access annotation, and service methods state their rule with
 * {@code @PreAuthorize}, so that nothing becomes reachable by forgetting to protect it.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        // The app's own stylesheets and the browser libraries it serves from WebJars (Chart.js) are public like
        // Vaadin's. A mistyped article or attempt link ("/articles/abc") matches no route, so Vaadin's filter would
        // answer a bare 403; letting it through reaches the not-found page, and the views behind these paths still
        // check who may open them. The same holds for live sessions: "/live/CODE" from a QR code must reach the
        // anonymous join page.
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles/**", "/webjars/**", "/articles/**", "/attempts/**", "/live/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** bcrypt by default, with the algorithm recorded in each hash so that it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
