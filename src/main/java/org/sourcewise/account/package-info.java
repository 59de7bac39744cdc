/**
 * Accounts and signing in: creating staff and student accounts, the first admin, and the throttle that slows
 * down guessing passwords.
 */
package org.sourcewise.account;
