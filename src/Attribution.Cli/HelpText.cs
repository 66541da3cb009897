namespace Attribution.Cli;

internal static class HelpText
{
    public const string Usage = "attribution [--format text|json|jsonl] [FILE|DIR|-]...";

    public const string Full = $"""
        Usage: {Usage}

        Finds the quotations in news articles and the people who said them.

        Inputs:
          FILE      a UTF-8 text file, paragraphs on separate lines
          DIR       every .txt file under DIR, recursively, in ordinal order of path
          -         standard input (the default when no input is given)

        Options:
          --format text    a readable list per file (default)
          --format json    one JSON object; an array of them for several files or a directory
          --format jsonl   one compact JSON object per file, one per line
          -h, --help       show this help
          --               treat every later argument as an input

        Exit codes:
          0  every input was attributed
          1  some input could not be read or attributed (the others were still written)
          2  the command line is wrong

        """;
}
