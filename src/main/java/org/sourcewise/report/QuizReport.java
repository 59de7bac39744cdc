package org.sourcewise.report;

import java.util.List;

/**
 * A class's results on one quiz: how many students reached each score (index = number right, among students who
 * answered at least once), each question's statistics, and the responses they come from.
 */
public record QuizReport(QuizResponses responses, List<Integer> scoreDistribution, List<QuestionStats> questions) {

    public QuizReport {
        scoreDistribution = List.copyOf(scoreDistribution);
        questions = List.copyOf(questions);
    }
}
