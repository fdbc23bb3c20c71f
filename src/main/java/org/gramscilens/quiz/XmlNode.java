package org.gramscilens.quiz;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small read-only element tree that, unlike the JDK's DOM, remembers where each element starts in
 * the file, so problems in a Moodle XML file can name their line and column. Built with StAX, with
 * DTDs and external entities switched off.
 */
final class XmlNode {

    final String name;
    final Map<String, String> attributes;
    final List<XmlNode> children = new ArrayList<>();
    final SourcePosition position;
    private final StringBuilder text = new StringBuilder();

    private XmlNode(String name, Map<String, String> attributes, SourcePosition position) {
        this.name = name;
        this.attributes = attributes;
        this.position = position;
    }

    /** The root element of {@code xml}. */
    static XmlNode parse(String xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader r = factory.createXMLStreamReader(new StringReader(xml));
        List<XmlNode> stack = new ArrayList<>();
        XmlNode root = null;
        // The reader's location is just past the event it has read: the next start tag's '<' after a
        // tag, but one character further after text (the scanner has read the '<' to see the text end).
        SourcePosition before = new SourcePosition(1, 1);
        while (r.hasNext()) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    Map<String, String> attrs = new HashMap<>();
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    XmlNode node = new XmlNode(r.getLocalName(), attrs, before);
                    if (stack.isEmpty()) {
                        root = node;
                    } else {
                        stack.get(stack.size() - 1).children.add(node);
                    }
                    stack.add(node);
                }
                case XMLStreamConstants.END_ELEMENT -> stack.remove(stack.size() - 1);
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!stack.isEmpty()) {
                        stack.get(stack.size() - 1).text.append(r.getText());
                    }
                }
                default -> {}
            }
            SourcePosition after = position(r.getLocation());
            boolean text = event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE;
            before = text && after.column() > 1 ? new SourcePosition(after.line(), after.column() - 1) : after;
        }
        if (root == null) {
            throw new XMLStreamException("the file has no XML element");
        }
        return root;
    }

    static SourcePosition position(Location l) {
        return l == null
                ? SourcePosition.NONE
                : new SourcePosition(Math.max(l.getLineNumber(), 0), Math.max(l.getColumnNumber(), 0));
    }

    XmlNode child(String childName) {
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                return c;
            }
        }
        return null;
    }

    List<XmlNode> children(String childName) {
        return children.stream().filter(c -> c.name.equals(childName)).toList();
    }

    /** The text directly inside this element. */
    String text() {
        return text.toString();
    }

    /** Moodle's getpath(): the trimmed text of the element at the end of {@code path}, or the default. */
    String textAt(String defaultValue, String... path) {
        XmlNode n = this;
        for (String p : path) {
            n = n.child(p);
            if (n == null) {
                return defaultValue;
            }
        }
        return GiftText.phpTrim(n.text());
    }

    String attribute(String attributeName, String defaultValue) {
        return attributes.getOrDefault(attributeName, defaultValue);
    }

    /** All elements named {@code childName} below this one, at any depth, in document order. */
    List<XmlNode> descendants(String childName) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(childName)) {
                out.add(c);
            }
            out.addAll(c.descendants(childName));
        }
        return out;
    }

    /**
     * This element as XML, to be written back as it was read: attributes in name order, text in CDATA
     * where it needs escaping. Text between child elements (indentation) is not kept.
     */
    String toXml(String indent) {
        StringBuilder b = new StringBuilder(indent).append('<').append(name);
        attributes.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(a -> b.append(' ')
                        .append(a.getKey())
                        .append("=\"")
                        .append(MoodleXmlWriter.escape(a.getValue()).replace("\"", "&quot;"))
                        .append('"'));
        if (children.isEmpty()) {
            String t = text();
            if (t.isEmpty()) {
                return b.append("/>\n").toString();
            }
            boolean plain = t.chars().noneMatch(c -> c == '<' || c == '&' || c == '>');
            return b.append('>')
                    .append(plain ? t : MoodleXmlWriter.cdata(t))
                    .append("</")
                    .append(name)
                    .append(">\n")
                    .toString();
        }
        b.append(">\n");
        for (XmlNode c : children) {
            b.append(c.toXml(indent + "  "));
        }
        return b.append(indent).append("</").append(name).append(">\n").toString();
    }
}
