/**
 * Web security: who may open what, sign-in protection, headers on every response, and request size limits.
 */
package org.sourcewise.security;
