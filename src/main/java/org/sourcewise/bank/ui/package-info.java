/**
 * A teacher's review of an article's questions, and the dialogs that write and edit questions.
 */
@NullMarked
package org.sourcewise.bank.ui;

import org.jspecify.annotations.NullMarked;
