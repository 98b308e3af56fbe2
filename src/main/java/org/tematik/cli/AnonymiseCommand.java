package org.tematik.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tematik.core.anonymise.AnonymisationService;
import org.tematik.core.anonymise.AnonymisationService.Preview;
import org.tematik.core.anonymise.AnonymisationService.SourcePreview;
import org.tematik.core.anonymise.PseudonymEntry;
import org.tematik.core.anonymise.PseudonymTable;
import org.tematik.core.i18n.Messages;
import org.tematik.core.project.Project;
import org.tematik.core.source.Source;
import org.tematik.core.storage.SourceVersionDao;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "anonymise", aliases = "anonymize",
        description = "Replace names and places listed in a table (original,pseudonym[,kind]; CSV or XLSX) by pseudonyms, "
                + "in a new version of each source. One undoable step; the mapping is stored encrypted.",
        subcommands = {AnonymiseCommand.Mapping.class, AnonymiseCommand.Versions.class})
final class AnonymiseCommand extends ProjectCommand {
    @Option(names = "--table", paramLabel = "FILE", description = "The pseudonym table (.csv or .xlsx).")
    Path table;

    @Option(names = "--source", paramLabel = "SOURCE", description = "A source's id or unique name (repeatable).")
    List<String> sources = new ArrayList<>();

    @Option(names = "--all", description = "Every source of the project.")
    boolean all;

    @Option(names = "--dry-run", description = "Only list what would be replaced, per entry and source.")
    boolean dryRun;

    @Option(names = "--ignore-case", description = "Match names in any letter case (whole words always).")
    boolean ignoreCase;

    @Override
    int run(Project project) {
        if (table == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.tr("anonymise.usage.table"));
        }
        if (all == !sources.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), Messages.tr("anonymise.usage.sources"));
        }
        List<PseudonymEntry> entries = PseudonymTable.read(table);
        List<UUID> ids = sources.stream().map(s -> project.sources().resolve(s).id()).toList();
        AnonymisationService service = project.anonymisation();
        Preview preview = service.preview(entries, ids, ignoreCase);
        printPreview(preview);
        if (dryRun) {
            out().println(Messages.tr("anonymise.dryRun"));
            return TematikCli.OK;
        }
        char[] passphrase = service.needsPassphrase() ? root().passphrases.mapping(true) : null;
        try {
            UUID mapping = service.apply(preview, passphrase);
            out().println(Messages.tr("anonymise.done", preview.sourcesWithNames(), preview.total(), mapping));
        } finally {
            Passphrases.wipe(passphrase);
        }
        return TematikCli.OK;
    }

    private void printPreview(Preview preview) {
        for (SourcePreview s : preview.sources()) {
            out().println(Messages.tr("anonymise.preview.source", s.sourceName(), s.total()));
            for (int i = 0; i < s.counts().length; i++) {
                if (s.counts()[i] > 0) {
                    PseudonymEntry e = preview.table().get(i);
                    out().println(Messages.tr("anonymise.preview.entry", e.original(), e.pseudonym(), s.counts()[i]));
                }
            }
        }
        out().println(Messages.tr("anonymise.preview.total", preview.total(), preview.sourcesWithNames()));
    }

    @Command(name = "mapping", description = "Show the stored pseudonym mappings (asks for the passphrase of a plain project's mapping).")
    static final class Mapping extends ProjectCommand {
        @Option(names = "--id", paramLabel = "ID", description = "Only this mapping.")
        UUID id;

        @Override
        int run(Project project) {
            AnonymisationService service = project.anonymisation();
            List<AnonymisationService.MappingInfo> all = service.mappings().stream()
                    .filter(m -> id == null || m.id().equals(id)).toList();
            if (all.isEmpty()) {
                out().println(Messages.tr(id == null ? "anonymise.mapping.none" : "anonymise.error.noMapping", id));
                return id == null ? TematikCli.OK : 1;
            }
            char[] passphrase = all.stream().anyMatch(AnonymisationService.MappingInfo::passphraseSealed)
                    ? root().passphrases.mapping(false) : null;
            try {
                for (AnonymisationService.MappingInfo m : all) {
                    out().println(Messages.tr("anonymise.mapping.header", m.id(), m.createdAt(), m.createdBy(), m.entries()));
                    for (PseudonymEntry e : service.mapping(m.id(), passphrase)) {
                        out().println(e.kind() == null ? Messages.tr("anonymise.mapping.entry", e.original(), e.pseudonym())
                                : Messages.tr("anonymise.mapping.entryKind", e.original(), e.pseudonym(), e.kind()));
                    }
                }
            } finally {
                Passphrases.wipe(passphrase);
            }
            return TematikCli.OK;
        }
    }

    @Command(name = "versions", description = "List a source's earlier versions, or print one with --show N.")
    static final class Versions extends ProjectCommand {
        @Parameters(paramLabel = "SOURCE", description = "The source's id or unique name.")
        String source;

        @Option(names = "--show", paramLabel = "N", description = "Print the text of earlier version N.")
        Integer show;

        @Override
        int run(Project project) {
            Source s = project.sources().resolve(source);
            AnonymisationService service = project.anonymisation();
            if (show != null) {
                out().print(service.versionText(s.id(), show));
                out().flush();
                return TematikCli.OK;
            }
            out().println(Messages.tr("anonymise.versions.current", s.name(), service.version(s.id())));
            for (SourceVersionDao.Listed v : service.versions(s.id())) {
                out().println(Messages.tr("anonymise.versions.line", v.version(), v.chars(), v.replacedAt(), v.replacedBy()));
            }
            return TematikCli.OK;
        }
    }
}
