/**
 * The sign-in page, the one view the security configuration names.
 */
@NullMarked
package org.sourcewise.security.ui;

import org.jspecify.annotations.NullMarked;
