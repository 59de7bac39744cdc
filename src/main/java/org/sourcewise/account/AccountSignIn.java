package org.sourcewise.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's sign-in with the accounts, changed in one thing from the one it would make itself: whether an
 * account is deactivated is checked after its password rather than before. A deactivated account then fails as a
 * wrong password does, after the same hashing and with the same page, and counts as a wrong guess (SignInThrottle),
 * so that trying tells nobody whether a password was right, nor which names are deactivated.
 */
@Configuration
class AccountSignIn {

    @Bean
    DaoAuthenticationProvider accountSignInProvider(AccountUserDetailsService accounts, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(account -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }
}
