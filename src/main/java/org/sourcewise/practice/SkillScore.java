package org.sourcewise.practice;

import org.sourcewise.questions.Skill;

/** Right answers out of questions answered, for one skill. */
public record SkillScore(Skill skill, int right, int answered) {}
