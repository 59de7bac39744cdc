/**
 * Generating questions from what the engine found: who said it, what was claimed, named or anonymous, when,
 * with choices and evidence. Plain Java.
 */
@NullMarked
package org.sourcewise.questions;

import org.jspecify.annotations.NullMarked;
