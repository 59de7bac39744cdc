package org.sourcewise.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP as a lean pipeline: tokenize, ssplit, pos, lemma, ner (3 classes, with SUTime against
 * the publication date), depparse. No coreference and no quote attribution: our own rules do that better
 * on news and at half the cost. The pipeline is built once, on first use, and shared.
 */
final class CoreNlpParser implements Parser {

    private static volatile StanfordCoreNLP pipeline;

    static StanfordCoreNLP pipeline() {
        StanfordCoreNLP loaded = pipeline;
        if (loaded == null) {
            synchronized (CoreNlpParser.class) {
                loaded = pipeline;
                if (loaded == null) {
                    pipeline = loaded = new StanfordCoreNLP(properties());
                }
            }
        }
        return loaded;
    }

    private static Properties properties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.applyNumericClassifiers", "true");
        // holidays need JAXB, which the JDK no longer ships; news dates are rarely given as holidays
        props.setProperty("sutime.binders", "0");
        props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        return props;
    }

    @Override
    public ParsedText parse(String text, LocalDate published) {
        Annotation document = new Annotation(text);
        if (published != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        pipeline().annotate(document);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(convert(sentences.size(), sentence));
        }
        return new ParsedText(text, SentenceRepair.repair(text, sentences));
    }

    private static Sentence convert(int index, CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        int[] heads = new int[labels.size()];
        String[] relations = new String[labels.size()];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(relations, "root");
        if (graph != null) {
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                int dependent = edge.getDependent().index() - 1;
                heads[dependent] = edge.getGovernor().index() - 1;
                relations[dependent] = edge.getRelation().toString();
            }
        }
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel label = labels.get(i);
            Timex timex = label.get(TimeAnnotations.TimexAnnotation.class);
            String word = label.originalText() != null ? label.originalText() : label.word();
            tokens.add(new Token(i, word, label.lemma(), label.tag(), label.ner(),
                    label.beginPosition(), label.endPosition(), heads[i], relations[i],
                    timex == null ? null : timex.value()));
        }
        return new Sentence(index, labels.getFirst().beginPosition(), labels.getLast().endPosition(), tokens);
    }
}
