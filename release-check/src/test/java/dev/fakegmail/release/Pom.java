package dev.fakegmail.release;

import java.io.IOException;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** A pom.xml read as XML, and the few fields a child pom inherits from its parent unchanged. */
final class Pom {
    private final Document document;
    private final Pom parent;

    private Pom(Document document, Pom parent) {
        this.document = document;
        this.parent = parent;
    }

    static Pom read(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            return new Pom(factory.newDocumentBuilder().parse(file.toFile()), null);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** This pom with the values it leaves out taken from {@code parentPom}, as Maven's inheritance does. */
    Pom inheriting(Pom parentPom) {
        return new Pom(document, parentPom);
    }

    /** The trimmed text at an XPath; the parent's when this pom has none; empty when neither has it. */
    String text(String xpath) {
        try {
            String own = XPathFactory.newInstance().newXPath().evaluate(xpath, document).strip();
            return own.isEmpty() && parent != null ? parent.text(xpath) : own;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }
}
