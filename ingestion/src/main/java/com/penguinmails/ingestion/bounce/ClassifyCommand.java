package com.penguinmails.ingestion.bounce;

import io.dropwizard.core.cli.Command;
import io.dropwizard.core.setup.Bootstrap;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code classify FILE...}: analyses bounce, complaint and reply messages offline and prints one JSON object per
 * recipient per file (see {@link ClassificationPrinter}). Exits with status 1 when some file could not be analysed.
 */
public final class ClassifyCommand extends Command {

    public ClassifyCommand() {
        super("classify", "Classify bounce/complaint/auto-reply mail files (.eml): one JSON line per recipient per file");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("files").nargs("+").metavar("FILE").help("raw RFC 5322 messages (.eml)");
    }

    @Override
    public void run(Bootstrap<?> bootstrap, Namespace namespace) throws Exception {
        List<Path> files = namespace.<String>getList("files").stream().map(Path::of).toList();
        int failures = new ClassificationPrinter(new InboundMailParser(), bootstrap.getObjectMapper())
                .print(files, System.out);
        System.out.flush();
        if (failures > 0) {
            System.exit(1);
        }
    }
}
