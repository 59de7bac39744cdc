package org.sourcewise.testdata;

import java.util.concurrent.atomic.AtomicInteger;

/** Numbers no other caller in the test run gets, for the names of what tests make on the context they share. */
public final class Unique {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private Unique() {}

    public static int number() {
        return NEXT.incrementAndGet();
    }
}
