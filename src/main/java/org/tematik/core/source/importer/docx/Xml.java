package org.tematik.core.source.importer.docx;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * Small helpers for reading WordprocessingML with a streaming (StAX) reader: one pass over each part,
 * no tree in memory, no XPath. Elements are matched by local name within the WordprocessingML
 * namespace of either flavour (transitional or strict).
 */
final class Xml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    static final String MATH_STRICT = "http://purl.oclc.org/ooxml/officeDocument/math";

    /** POI's factory has DTDs and external entities switched off; one per thread, as readers may be reused. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(XMLHelper::newXMLInputFactory);

    private Xml() {
    }

    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return FACTORY.get().createXMLStreamReader(in);
    }

    /** Moves to the document's root element. */
    static void root(XMLStreamReader r) throws XMLStreamException {
        while (r.next() != XMLStreamConstants.START_ELEMENT) {
            if (r.getEventType() == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("no root element");
            }
        }
    }

    /**
     * From a start tag or the end tag of a previous child, moves to the next child element and returns
     * true, or to the parent's end tag and returns false.
     */
    static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of the document");
            }
        }
    }

    /** From a start tag, moves to its end tag, skipping everything inside. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of the document");
            }
        }
    }

    static boolean isW(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        return W.equals(ns) || W_STRICT.equals(ns);
    }

    static boolean isW(XMLStreamReader r, String local) {
        return isW(r) && local.equals(r.getLocalName());
    }

    static boolean isMc(XMLStreamReader r, String local) {
        return MC.equals(r.getNamespaceURI()) && local.equals(r.getLocalName());
    }

    static boolean isMath(XMLStreamReader r) {
        String ns = r.getNamespaceURI();
        return MATH.equals(ns) || MATH_STRICT.equals(ns);
    }

    /** An attribute by local name, whatever its prefix (w:val, val). */
    static String attr(XMLStreamReader r, String local) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (local.equals(r.getAttributeLocalName(i))) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** An on/off property such as w:pageBreakBefore: present means on unless its value says off. */
    static boolean onOff(XMLStreamReader r) {
        String v = attr(r, "val");
        return v == null || onOffAttr(v);
    }

    /** An on/off attribute value: "1", "true", "on" (absent means off). */
    static boolean onOffAttr(String v) {
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on"));
    }

    /** The text of the current element and its descendants, for small elements such as app.xml's. */
    static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                b.append(r.getText());
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of the document");
            }
        }
        return b.toString();
    }
}
