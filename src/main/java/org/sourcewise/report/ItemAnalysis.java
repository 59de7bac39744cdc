package org.sourcewise.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.report.QuizResponses.Item;
import org.sourcewise.report.QuizResponses.Response;
import org.sourcewise.report.QuizResponses.Student;

/** Classical item analysis of a class's answers: score distribution, facility, discrimination, popular wrong answers. */
public final class ItemAnalysis {

    /** The usual share of a class in each of the upper and lower groups (Kelley's 27 %). */
    static final double GROUP_SHARE = 0.27;
    /** With fewer students, an upper and a lower group of one student each say nothing about a question. */
    static final int MIN_FOR_DISCRIMINATION = 4;

    private ItemAnalysis() {}

    public static QuizReport analyse(QuizResponses responses) {
        List<Student> started =
                responses.students().stream().filter(Student::started).toList();
        List<Integer> distribution = new ArrayList<>();
        for (int score = 0; score <= responses.questions().size(); score++) {
            int s = score;
            distribution.add((int)
                    started.stream().filter(student -> student.right() == s).count());
        }
        List<Student> ranked = started.stream()
                .sorted(Comparator.comparingInt(Student::right).reversed())
                .toList();
        int group = (int) Math.max(1, Math.round(ranked.size() * GROUP_SHARE));
        List<Student> upper = ranked.subList(0, Math.min(group, ranked.size()));
        List<Student> lower = ranked.subList(Math.max(0, ranked.size() - group), ranked.size());
        List<QuestionStats> stats = responses.questions().stream()
                .map(item -> stats(item, started, ranked.size() >= MIN_FOR_DISCRIMINATION ? upper : null, lower))
                .toList();
        return new QuizReport(responses, distribution, stats);
    }

    private static QuestionStats stats(
            Item item, List<Student> started, @Nullable List<Student> upper, List<Student> lower) {
        List<Response> given = started.stream()
                .map(s -> response(s, item))
                .filter(r -> r != null)
                .toList();
        int right = (int) given.stream().filter(Response::correct).count();
        Double facility = given.isEmpty() ? null : (double) right / given.size();
        Double discrimination = upper == null ? null : shareRight(upper, item) - shareRight(lower, item);
        Map<String, Long> wrong = given.stream()
                .filter(r -> !r.correct())
                .collect(Collectors.groupingBy(Response::given, LinkedHashMap::new, Collectors.counting()));
        // On a tie, the answer given first in the class's list wins, so the report does not change between loads.
        Map.Entry<String, Long> most = wrong.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .orElse(null);
        return new QuestionStats(
                item.position(),
                item.title(),
                given.size(),
                right,
                facility,
                discrimination,
                most == null ? null : most.getKey(),
                most == null ? 0 : most.getValue().intValue());
    }

    /** Unanswered counts as not right: a group's share is of its members, not of those who answered. */
    private static double shareRight(List<Student> group, Item item) {
        return (double) group.stream()
                        .filter(s -> {
                            Response response = response(s, item);
                            return response != null && response.correct();
                        })
                        .count()
                / group.size();
    }

    private static @Nullable Response response(Student student, Item item) {
        return item.position() < student.responses().size()
                ? student.responses().get(item.position())
                : null;
    }
}
