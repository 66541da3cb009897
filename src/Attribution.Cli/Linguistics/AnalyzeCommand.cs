using System.Buffers;
using System.Text;
using System.Text.Json;
using Attribution.Cli.Reports;

namespace Attribution.Cli.Linguistics;

/// <summary>
/// <c>attribution analyze [--format conllu|json] [FILE|-]</c>: the linguistic analysis of one text (sentences, words
/// with tags and dependency tree, named entities), as CoNLL-U (the default) or JSON.
/// </summary>
internal static class AnalyzeCommand
{
    public const string Usage = "analyze [--format conllu|json] [FILE|-]";

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var json = false;
        string? input = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "--format" && i + 1 < args.Length)
            {
                json = ParseFormat(args[++i]);
            }
            else if (arg.StartsWith("--format=", StringComparison.Ordinal))
            {
                json = ParseFormat(arg["--format=".Length..]);
            }
            else if (arg is "-h" or "--help")
            {
                stdout.WriteLine($"usage: {CliApp.Name} {Usage}");
                return ExitCodes.Success;
            }
            else if (arg.StartsWith('-') && arg != AttributeArguments.StandardInput)
            {
                throw new UsageException(arg == "--format" ? "--format needs a value: conllu or json" : $"unknown option '{arg}' for analyze");
            }
            else if (input is null)
            {
                input = arg;
            }
            else
            {
                throw new UsageException("analyze takes one FILE (or - for standard input)");
            }
        }

        var source = input is null or AttributeArguments.StandardInput ? InputSource.StandardInput : new InputSource(input, input);
        ArticleText article;
        try
        {
            article = InputReader.Read(source, stdin);
        }
        catch (InputException e)
        {
            stderr.WriteLine($"{CliApp.Name}: {e.Message}");
            return ExitCodes.InputError;
        }

        if (article.Warning is not null)
        {
            stderr.WriteLine($"{CliApp.Name}: {article.Warning}");
        }

        var analysis = LanguageModel.English.Analyze(article.Text);
        if (json)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, JsonReportWriter.Options(indented: true)))
            {
                JsonAnalysisWriter.Write(writer, analysis, source.Name);
            }

            stdout.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
        else
        {
            ConlluAnalysisWriter.Write(stdout, analysis);
        }

        stdout.Flush();
        return ExitCodes.Success;
    }

    private static bool ParseFormat(string value) => value switch
    {
        "conllu" => false,
        "json" => true,
        _ => throw new UsageException($"unknown format '{value}' for analyze (expected conllu or json)"),
    };
}
