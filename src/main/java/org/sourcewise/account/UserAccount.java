package org.sourcewise.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;

/** Someone who signs in to Sourcewise: an admin, a teacher or a student. */
@Entity
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private String displayName;
    private String passwordHash;
    private String role;
    private boolean enabled;
    private boolean mustChangePassword;

    @SuppressWarnings("UnusedVariable") // kept in the database for the record; the app never reads it back
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {}

    UserAccount(String username, String displayName, String passwordHash, String role, boolean mustChangePassword) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.mustChangePassword = mustChangePassword;
        this.enabled = true;
        this.createdAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getRole() {
        return role;
    }

    /** A password someone else chose, and so knows: its owner is asked to choose their own at the next sign-in. */
    void handOutPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
    }

    /** A password its owner chose. */
    void ownPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    boolean isEnabled() {
        return enabled;
    }

    void deactivate() {
        this.enabled = false;
    }

    void reactivate() {
        this.enabled = true;
    }
}
