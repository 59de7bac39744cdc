/**
 * What every view shares: the form message, notifications, and the one error handler.
 */
@NullMarked
package org.sourcewise.common.ui;

import org.jspecify.annotations.NullMarked;
