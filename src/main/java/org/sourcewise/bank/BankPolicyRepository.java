package org.sourcewise.bank;

import org.springframework.data.jpa.repository.JpaRepository;

interface BankPolicyRepository extends JpaRepository<BankPolicy, Long> {

    /** Whether the article's generated questions that need no check reach students before a teacher's accept. */
    default boolean trustedOpen(long articleId) {
        return findById(articleId).map(BankPolicy::isTrustedOpen).orElse(BankPolicy.DEFAULT_TRUSTED_OPEN);
    }
}
