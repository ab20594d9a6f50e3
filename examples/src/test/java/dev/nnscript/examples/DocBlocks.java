package dev.nnscript.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The shell blocks of a Markdown document that run nnrun: fenced blocks (no language, or sh, bash,
 * console, shell) with a line that starts nnrun. In a block with {@code $ } prompts the prompted
 * lines are the commands and the lines under each are its standard output; in a block without
 * them every line that runs nnrun or changes folder is a command, with no output shown; so is a
 * prompted command with no line under it. Maven commands are left to .ci/run (a test cannot run
 * the build it is part of).
 */
final class DocBlocks {

    private static final String FENCE = "```";
    private static final String PROMPT = "$ ";
    private static final Set<String> SHELL = Set.of("", "sh", "bash", "console", "shell");

    /** One block: where it is (for test names) and its commands, in order. */
    record Block(String where, List<ShownCommand> commands) {
        @Override
        public String toString() {
            return where;
        }
    }

    private DocBlocks() {}

    static List<Block> read(Path document, String name) throws IOException {
        List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(FENCE)) {
                continue;
            }
            String language = lines.get(i).substring(FENCE.length()).strip();
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).equals(FENCE)) {
                end++;
            }
            List<String> body = lines.subList(i + 1, Math.min(end, lines.size()));
            List<ShownCommand> commands = SHELL.contains(language) ? commands(body) : List.of();
            if (commands.stream().anyMatch(c -> ShownCommand.runsNnrun(c.line()))) {
                blocks.add(new Block(name + ":" + (i + 2), commands));
            }
            i = end;
        }
        return blocks;
    }

    static List<ShownCommand> commands(List<String> body) {
        List<ShownCommand> commands = new ArrayList<>();
        if (body.stream().anyMatch(l -> l.startsWith(PROMPT))) {
            for (int i = 0; i < body.size(); i++) {
                if (!body.get(i).startsWith(PROMPT)) {
                    continue;
                }
                int next = i + 1;
                while (next < body.size() && !body.get(next).startsWith(PROMPT)) {
                    next++;
                }
                // A command with nothing under it shows no output (it may well print some).
                List<String> output = next == i + 1 ? null : List.copyOf(body.subList(i + 1, next));
                ShownCommand command = new ShownCommand(body.get(i).substring(PROMPT.length()), output);
                if (!command.runsMaven()) {
                    commands.add(command);
                }
            }
        } else {
            for (String line : body) {
                if (ShownCommand.runsNnrun(line) || ShownCommand.changesFolder(line)) {
                    commands.add(new ShownCommand(line, null));
                }
            }
        }
        return commands;
    }
}
