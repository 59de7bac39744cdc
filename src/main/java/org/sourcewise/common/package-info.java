/**
 * What every feature shares outside the UI: the refusal a user is shown.
 */
package org.sourcewise.common;
