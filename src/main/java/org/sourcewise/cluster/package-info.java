/**
 * What several nodes sharing one database agree on: start-up jobs run by one node at a time.
 */
@NullMarked
package org.sourcewise.cluster;

import org.jspecify.annotations.NullMarked;
