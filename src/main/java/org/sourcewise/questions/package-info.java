/**
 * Generating questions from what the engine found: who said it, what was claimed, named or anonymous, when,
 * with choices and evidence. Plain Java.
 */
package org.sourcewise.questions;
