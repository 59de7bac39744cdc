package org.sourcewise.analysis;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Stanford CoreNLP as a lean pipeline: tokenize, ssplit, pos, lemma, ner (3 classes) over the whole text;
 * then SUTime (against the publication date) only around date words, and the dependency parser only on
 * sentences our rules read a structure from ({@link SentenceCues}). No coreference and no quote
 * attribution: our own rules do that better on news and at a fraction of the cost. Running SUTime and the
 * parser on everything took two thirds of the time and changed no statement on the seeds
 * (docs/decisions/0004). The models are loaded once, on first use, and shared.
 */
final class CoreNlpParser implements Parser {

    private record Models(StanfordCoreNLP tagger, TimeExpressionExtractor time, DependencyParser parser) {}

    private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private static volatile @Nullable Models models;

    private static Models models() {
        Models loaded = models;
        if (loaded == null) {
            synchronized (CoreNlpParser.class) {
                loaded = models;
                if (loaded == null) {
                    models = loaded = new Models(
                            new StanfordCoreNLP(taggerProperties()),
                            TimeExpressionExtractorFactory.createExtractor("sutime", timeProperties()),
                            DependencyParser.loadFromModelFile(PARSER_MODEL, parserProperties()));
                }
            }
        }
        return loaded;
    }

    private static Properties taggerProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        return props;
    }

    private static Properties timeProperties() {
        Properties props = new Properties();
        // holidays need JAXB, which the JDK no longer ships; news dates are rarely given as holidays
        props.setProperty("sutime.binders", "0");
        return props;
    }

    private static Properties parserProperties() {
        Properties props = new Properties();
        // the parser remembers the hidden-layer sums of words it met lately; its default of 5,000 is spent
        // within one article, so every sentence paid for them again (40 MB buys 50,000)
        props.setProperty("numCached", "50000");
        return props;
    }

    private final boolean everySentence;

    /** The pipeline Sourcewise runs: the dependency parser only on the sentences the rules read a structure from. */
    CoreNlpParser() {
        this(false);
    }

    /**
     * @param everySentence parse every sentence, for a recording ({@link ParseRecords}) that stays useful when
     *                      {@link SentenceCues} changes; replaying it applies the cues as this pipeline does
     */
    CoreNlpParser(boolean everySentence) {
        this.everySentence = everySentence;
    }

    @Override
    public ParsedText parse(String text, @Nullable LocalDate published) {
        Models loaded = models();
        Annotation document = new Annotation(text);
        if (published != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, published.toString());
        }
        loaded.tagger().annotate(document);
        List<CoreMap> coreSentences =
                SentenceRepair.repair(text, document.get(CoreAnnotations.SentencesAnnotation.class));
        List<Sentence> flat = new ArrayList<>();
        for (CoreMap sentence : coreSentences) {
            List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
            flat.add(convert(flat.size(), labels, timexes(loaded.time(), text, sentence, document)));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            Sentence sentence = flat.get(i);
            List<Token> next = i + 1 < flat.size() ? flat.get(i + 1).tokens() : List.of();
            boolean dated = sentence.tokens().stream().anyMatch(token -> token.timex() != null);
            sentences.add(
                    everySentence || SentenceCues.needsStructure(sentence.tokens(), next, dated)
                            ? withStructure(sentence, loaded.parser().predict(coreSentences.get(i)))
                            : sentence);
        }
        return new ParsedText(text, sentences);
    }

    /**
     * The time expressions of one sentence, by the index of each word they cover. SUTime's cost grows with
     * the words it reads, and a date is told in a few words, so it reads only the words around each date word.
     */
    private static Map<Integer, Timex> timexes(
            TimeExpressionExtractor time, String text, CoreMap sentence, CoreMap document) {
        Map<Integer, Timex> byToken = new HashMap<>();
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        for (int[] window : SentenceCues.dateWindows(labels)) {
            List<CoreLabel> words = labels.subList(window[0], window[1]);
            int begin = words.getFirst().beginPosition();
            int end = words.getLast().endPosition();
            Annotation phrase = new Annotation(text.substring(begin, end));
            phrase.set(CoreAnnotations.TokensAnnotation.class, words);
            phrase.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
            phrase.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
            phrase.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
            phrase.set(CoreAnnotations.TokenEndAnnotation.class, words.size());
            List<CoreMap> expressions = time.extractTimeExpressionCoreMaps(phrase, document);
            for (CoreMap expression : expressions == null ? List.<CoreMap>of() : expressions) {
                Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
                int from = expression.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int to = expression.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                for (int i = window[0]; i < window[1]; i++) {
                    if (timex != null
                            && labels.get(i).beginPosition() >= from
                            && labels.get(i).endPosition() <= to) {
                        byToken.put(i, timex);
                    }
                }
            }
        }
        return byToken;
    }

    /** The tagger's words as a sentence without a tree yet. */
    private static Sentence convert(int index, List<CoreLabel> labels, Map<Integer, Timex> timexes) {
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel label = labels.get(i);
            Timex timex = timexes.get(i);
            String word = label.originalText() != null ? label.originalText() : label.word();
            tokens.add(new Token(
                    i,
                    word,
                    label.lemma(),
                    label.tag(),
                    timex == null ? label.ner() : timex.timexType(),
                    label.beginPosition(),
                    label.endPosition(),
                    -1,
                    "root",
                    timex == null ? null : timex.value()));
        }
        return SentenceCues.flat(new Sentence(
                index, labels.getFirst().beginPosition(), labels.getLast().endPosition(), tokens));
    }

    private static Sentence withStructure(Sentence sentence, GrammaticalStructure structure) {
        int size = sentence.tokens().size();
        int[] heads = new int[size];
        String[] relations = new String[size];
        Arrays.fill(heads, -1);
        Arrays.fill(relations, "root");
        for (TypedDependency dependency : structure.typedDependencies()) {
            int dependent = dependency.dep().index() - 1;
            heads[dependent] = dependency.gov().index() - 1;
            relations[dependent] = dependency.reln().toString();
        }
        List<Token> tokens = new ArrayList<>(size);
        for (Token token : sentence.tokens()) {
            tokens.add(token.attachedTo(heads[token.index()], relations[token.index()]));
        }
        return new Sentence(sentence.index(), sentence.start(), sentence.end(), tokens);
    }
}
