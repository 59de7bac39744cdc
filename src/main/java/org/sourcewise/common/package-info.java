/**
 * What every feature shares outside the UI: the refusal a user is shown.
 */
@NullMarked
package org.sourcewise.common;

import org.jspecify.annotations.NullMarked;
