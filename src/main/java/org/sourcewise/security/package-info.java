/**
 * Web security: who may open what, sign-in protection, headers on every response, and request size limits.
 */
@NullMarked
package org.sourcewise.security;

import org.jspecify.annotations.NullMarked;
