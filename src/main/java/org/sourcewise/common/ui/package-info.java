/**
 * What every view shares: the form message, notifications, and the one error handler.
 */
package org.sourcewise.common.ui;
