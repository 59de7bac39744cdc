/**
 * What several nodes sharing one database agree on: start-up jobs run by one node at a time.
 */
package org.sourcewise.cluster;
