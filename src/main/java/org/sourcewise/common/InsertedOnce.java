package org.sourcewise.common;

import org.springframework.data.domain.Persistable;

/**
 * A row that is inserted once and never updated, such as an answer: JPA then always inserts it, so that a second one
 * with the same key fails on the key instead of overwriting the first.
 */
public interface InsertedOnce<K> extends Persistable<K> {

    @Override
    default boolean isNew() {
        return true;
    }
}
