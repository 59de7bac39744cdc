package org.sourcewise.security;

import java.time.Duration;

/** A sign-in name that too many wrong passwords made wait, and how long it still must, for an admin to lift. */
public record LockedSignIn(String username, Duration waitsFor) {}
