/**
 * A teacher's review of an article's questions, and the dialogs that write and edit questions.
 */
package org.sourcewise.bank.ui;
