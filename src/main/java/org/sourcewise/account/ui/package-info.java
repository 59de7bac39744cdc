/**
 * The admin's accounts page.
 */
@NullMarked
package org.sourcewise.account.ui;

import org.jspecify.annotations.NullMarked;
