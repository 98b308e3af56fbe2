package org.tematik.core.source.importer.docx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The paragraph styles of styles.xml that matter for the text: which are headings (a built-in name
 * "heading 1".."heading 9" or "Title", whatever the style id is in a localised Word, or an outline
 * level 0-8, also inherited through basedOn) and which start on a new page (pageBreakBefore).
 */
final class Styles {
    private static final Pattern HEADING_NAME = Pattern.compile("(?:heading ?[1-9]|title)");
    private static final int MAX_CHAIN = 16;

    private record Style(String name, String basedOn, Integer outlineLevel, Boolean pageBreakBefore) {
    }

    static final Styles NONE = new Styles(Map.of(), null);

    private final Map<String, Style> byId;
    private final String defaultId;
    private final Map<String, Boolean> headingCache = new HashMap<>();

    private Styles(Map<String, Style> byId, String defaultId) {
        this.byId = byId;
        this.defaultId = defaultId;
    }

    static Styles read(XMLStreamReader r) throws XMLStreamException {
        Map<String, Style> byId = new HashMap<>();
        String defaultId = null;
        Xml.root(r);
        while (Xml.nextChild(r)) {
            if (!Xml.isW(r, "style") || !"paragraph".equals(Xml.attr(r, "type"))) {
                Xml.skip(r);
                continue;
            }
            String id = Xml.attr(r, "styleId");
            boolean isDefault = Xml.onOffAttr(Xml.attr(r, "default"));
            String name = null;
            String basedOn = null;
            Integer outline = null;
            Boolean pageBreak = null;
            while (Xml.nextChild(r)) {
                if (Xml.isW(r, "name")) {
                    name = Xml.attr(r, "val");
                    Xml.skip(r);
                } else if (Xml.isW(r, "basedOn")) {
                    basedOn = Xml.attr(r, "val");
                    Xml.skip(r);
                } else if (Xml.isW(r, "pPr")) {
                    while (Xml.nextChild(r)) {
                        if (Xml.isW(r, "outlineLvl")) {
                            outline = parseLevel(Xml.attr(r, "val"));
                        } else if (Xml.isW(r, "pageBreakBefore")) {
                            pageBreak = Xml.onOff(r);
                        }
                        Xml.skip(r);
                    }
                } else {
                    Xml.skip(r);
                }
            }
            if (id != null) {
                byId.put(id, new Style(name, basedOn, outline, pageBreak));
                if (isDefault) {
                    defaultId = id;
                }
            }
        }
        return new Styles(byId, defaultId);
    }

    static Integer parseLevel(String value) {
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Whether a paragraph of this style (null: the default style) is a heading. */
    boolean isHeading(String styleId) {
        String id = styleId == null ? defaultId : styleId;
        if (id == null) {
            return false;
        }
        return headingCache.computeIfAbsent(id, this::resolveHeading);
    }

    private boolean resolveHeading(String id) {
        // a document without styles.xml (or with an unknown id) may still use the built-in ids
        if (!byId.containsKey(id)) {
            return isHeadingName(id);
        }
        String at = id;
        for (int i = 0; i < MAX_CHAIN && at != null; i++) {
            Style s = byId.get(at);
            if (s == null) {
                return isHeadingName(at);
            }
            if (s.name() != null && isHeadingName(s.name())) {
                return true;
            }
            if (s.outlineLevel() != null) {
                return s.outlineLevel() >= 0 && s.outlineLevel() <= 8;
            }
            if (i == 0 && s.name() == null && isHeadingName(at)) {
                return true;
            }
            at = s.basedOn();
        }
        return false;
    }

    /** Whether this style (null: the default style) starts its paragraphs on a new page. */
    boolean pageBreakBefore(String styleId) {
        String at = styleId == null ? defaultId : styleId;
        for (int i = 0; i < MAX_CHAIN && at != null; i++) {
            Style s = byId.get(at);
            if (s == null) {
                return false;
            }
            if (s.pageBreakBefore() != null) {
                return s.pageBreakBefore();
            }
            at = s.basedOn();
        }
        return false;
    }

    static boolean isHeadingName(String name) {
        return HEADING_NAME.matcher(name.toLowerCase(Locale.ROOT).trim()).matches();
    }
}
