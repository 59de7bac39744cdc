package org.sourcewise.live;

/**
 * One of a teacher's running sessions as their screen follows it. Handed out only after checking that the session is
 * theirs, so that refreshes pushed to that screen, on threads that may carry no sign-in, read it without asking again.
 */
public interface HostFeed {

    HostScreen screen();

    boolean running();
}
