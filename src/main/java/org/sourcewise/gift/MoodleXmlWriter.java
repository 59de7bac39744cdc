package org.sourcewise.gift;

import java.io.StringWriter;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes a quiz in Moodle XML. The document is built as a DOM and written out through StAX, so every text is
 * escaped by the JDK, never by hand: a question about {@code <script>} stays text. Not through the JDK's DOM
 * serialiser: that one can split an emoji into two character references, which no XML parser accepts.
 */
final class MoodleXmlWriter {

    private static final String INDENT = "  ";

    private MoodleXmlWriter() {}

    static String write(GiftQuiz quiz) {
        Document document = newDocument();
        Element root = document.createElement("quiz");
        document.appendChild(root);
        MoodleXmlQuestion questions = new MoodleXmlQuestion(document);
        Optional<String> category = Optional.empty();
        for (GiftQuestion question : quiz.questions()) {
            if (question.category().isPresent() && !question.category().equals(category)) {
                category = question.category();
                root.appendChild(questions.category(category.get()));
            }
            root.appendChild(questions.question(question));
        }
        return serialise(document);
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML support is missing", e);
        }
    }

    private static String serialise(Document document) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            write(xml, document.getDocumentElement(), 0);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the quiz as XML", e);
        }
        return text.append('\n').toString();
    }

    /** Moodle XML never mixes text and elements, so an element holds either one text, on its line, or indented elements. */
    private static void write(XMLStreamWriter xml, Element element, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + INDENT.repeat(depth));
        NodeList children = element.getChildNodes();
        boolean hasElements = children.getLength() > 0 && children.item(0).getNodeType() == Node.ELEMENT_NODE;
        String text = hasElements ? "" : element.getTextContent();
        if (!hasElements && text.isEmpty()) {
            xml.writeEmptyElement(element.getTagName());
        } else {
            xml.writeStartElement(element.getTagName());
        }
        for (int i = 0; i < element.getAttributes().getLength(); i++) {
            Node attribute = element.getAttributes().item(i);
            xml.writeAttribute(attribute.getNodeName(), attribute.getNodeValue());
        }
        if (hasElements) {
            for (int i = 0; i < children.getLength(); i++) {
                write(xml, (Element) children.item(i), depth + 1);
            }
            xml.writeCharacters("\n" + INDENT.repeat(depth));
        } else if (!text.isEmpty()) {
            xml.writeCharacters(text);
        }
        if (hasElements || !text.isEmpty()) {
            xml.writeEndElement();
        }
    }
}
