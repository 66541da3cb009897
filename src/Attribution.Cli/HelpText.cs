namespace Attribution.Cli;

internal static class HelpText
{
    public const string Usage = "attribution [--format text|json|jsonl] [FILE|DIR|-]...";

    public const string StreamUsage = "attribution --stdin-jsonl";

    public const string EvalUsage = "attribution eval DIR [--verbose]";

    public const string Full = $$"""
        Usage: {{Usage}}
               {{StreamUsage}}
               {{EvalUsage}}

        Finds the quotations in news articles and the people who said them.

        Inputs:
          FILE      a UTF-8 text file, paragraphs on separate lines
          DIR       every .txt file under DIR, recursively, in ordinal order of path
          -         standard input (the default when no input is given)

        Options:
          --format text    a readable list per file (default)
          --format json    one JSON object; an array of them for several files or a directory
          --format jsonl   one compact JSON object per file, one per line
          --stdin-jsonl    answer each line of standard input, {"id": …, "text": …}, with one
                           line {"id": …, "quotes": […], "people": […]}, or {"id": …, "error": "…"}
                           for a bad line, in input order, flushed per line; no inputs or --format
          -h, --help       show this help
          --               treat every later argument as an input

        Evaluation:
          eval DIR             score every DIR/NAME.txt against its NAME.gold.json (see the corpus
                               README) and print a Markdown table: a row per article, then totals
          eval DIR --verbose   also list each missed, spurious or mis-attributed quotation

        Exit codes:
          0    every input was attributed
          1    some input could not be read or attributed (the others were still written);
               with --stdin-jsonl, standard input could not be read (a bad line is answered
               with an error object and does not change the exit code)
          2    the command line is wrong
          141  the output could not be written (a closed pipe, a full disk)

        """;
}
