/**
 * The sign-in page, the one view the security configuration names.
 */
package org.sourcewise.security.ui;
