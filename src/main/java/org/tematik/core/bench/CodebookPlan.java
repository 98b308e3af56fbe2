package org.tematik.core.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.tematik.core.codebook.CodePalette;
import org.tematik.core.codebook.CreateCode;

/**
 * A codebook for a sister-city case study (Miles, Huberman and Saldaña style): themes, their codes, and
 * below those as many finer codes as asked. Themes come first, so every parent exists before its children.
 */
final class CodebookPlan {
    private static final String[][] THEMES = {
        {"Institutional capacity", "Budget and human resources", "Inter-agency integration", "Staff turnover", "Language skills"},
        {"Bureaucratic procedure", "Central coordination", "Ministry recommendation", "Permit delays", "Reporting duties"},
        {"Leadership", "Leadership change", "Political will", "Mayor's priorities"},
        {"Monitoring and evaluation", "Annual review", "Indicators", "Reporting gaps"},
        {"Partner dynamics", "Asymmetry", "Trust", "Reciprocity", "Communication"},
        {"Legal framework", "Legal ambiguity", "Permendagri", "Regional regulation"},
        {"Stage of cooperation", "Initiation", "Letter of intent", "MoU", "Implementation", "Termination"},
        {"Fields of cooperation", "Education", "Tourism", "Trade and investment", "Culture", "Environment", "Health"},
        {"Outcomes", "Student exchange", "Training", "Investment", "Symbolic only"},
        {"Funding", "Regional budget (APBD)", "Partner funding", "Private sector"},
    };
    private static final String[] ASPECTS = {"in interviews", "in documents", "positive", "negative", "Indonesian side",
        "partner side", "before 2015", "after 2015", "example", "counter-example", "contested", "in-vivo"};

    private CodebookPlan() {
    }

    static List<CreateCode> commands(int count, Supplier<UUID> ids, Supplier<String> definitions) {
        List<CreateCode> out = new ArrayList<>();
        List<UUID> themes = new ArrayList<>();
        for (int t = 0; t < THEMES.length && out.size() < count; t++) {
            themes.add(add(out, ids.get(), null, THEMES[t][0], definitions));
        }
        List<UUID> codes = new ArrayList<>();
        for (int i = 1; out.size() < count && i < 8; i++) {
            for (int t = 0; t < themes.size() && out.size() < count; t++) {
                if (i < THEMES[t].length) {
                    codes.add(add(out, ids.get(), themes.get(t), THEMES[t][i], definitions));
                }
            }
        }
        Map<UUID, Integer> used = new HashMap<>();
        for (int i = 0; out.size() < count; i++) {
            UUID parent = codes.isEmpty() ? themes.get(i % themes.size()) : codes.get(i % codes.size());
            int n = used.merge(parent, 1, Integer::sum) - 1;
            String name = ASPECTS[n % ASPECTS.length] + (n < ASPECTS.length ? "" : " " + (n / ASPECTS.length + 1));
            add(out, ids.get(), parent, name, definitions);
        }
        return out;
    }

    private static UUID add(List<CreateCode> out, UUID id, UUID parent, String name, Supplier<String> definitions) {
        out.add(new CreateCode(id, parent, name, definitions.get(), CodePalette.forIndex(out.size())));
        return id;
    }
}
