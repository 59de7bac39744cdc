package org.sourcewise.account;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByRole(String role);

    List<UserAccount> findByRoleInOrderByUsername(Collection<String> roles);

    /**
     * The active accounts of a role, locked until the transaction ends, in one order so that two transactions wait
     * for each other instead of deadlocking: two admins deactivating each other at once must not both see another
     * active admin left.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from UserAccount a where a.role = :role and a.enabled = true order by a.id")
    List<UserAccount> lockActiveWithRole(String role);
}
