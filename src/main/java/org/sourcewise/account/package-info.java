/**
 * Accounts and signing in: creating staff and student accounts, the first admin, and the throttle that slows
 * down guessing passwords.
 */
@NullMarked
package org.sourcewise.account;

import org.jspecify.annotations.NullMarked;
