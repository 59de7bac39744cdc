/**
 * Each article's question bank: generated questions with their review by teachers, and teachers' own
 * questions, stored as GIFT; answer keys reach only staff and marking.
 */
@NullMarked
package org.sourcewise.bank;

import org.jspecify.annotations.NullMarked;
