/**
 * The admin's accounts page.
 */
package org.sourcewise.account.ui;
