/**
 * The sign-in page and the admin's accounts page.
 */
package org.sourcewise.account.ui;
