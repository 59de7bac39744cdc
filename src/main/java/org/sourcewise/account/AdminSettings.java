package org.sourcewise.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin ({@code sourcewise.admin.*}), created at start only when no admin exists: both empty, none is
 * created and the log says how. The password never appears in {@link #toString}, which logs and error reports use.
 */
@ConfigurationProperties("sourcewise.admin")
record AdminSettings(
        @DefaultValue("") String username, @DefaultValue("") String password) {

    boolean given() {
        return !username.isBlank() && !password.isBlank();
    }

    @Override
    public String toString() {
        return "AdminSettings[username=" + username + ", password=" + (password.isEmpty() ? "" : "(hidden)") + "]";
    }
}
