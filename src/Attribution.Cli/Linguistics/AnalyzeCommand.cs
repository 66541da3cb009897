using System.Buffers;
using System.Text;
using System.Text.Json;
using System.CommandLine;
using Attribution.Cli.CommandLine;
using Attribution.Cli.Input;
using Attribution.Cli.Reports;

namespace Attribution.Cli.Linguistics;

/// <summary>
/// <c>attribution analyze [--format conllu|json] [FILE|-]</c>: the linguistic analysis of one text (sentences, words
/// with tags and dependency tree, named entities), as CoNLL-U (the default) or JSON.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliConsole console)
    {
        var format = new Option<string>("--format")
        {
            Description = "conllu: CoNLL-U, a line per word (default); json: one object with sentences, tokens and entities",
            HelpName = "conllu|json",
            CustomParser = result =>
            {
                var value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (value is not ("conllu" or "json"))
                {
                    result.AddError($"unknown format '{value}' for analyze (expected conllu or json)");
                }

                return value;
            },
        };
        var input = new Argument<string?>("FILE|-")
        {
            Description = "a UTF-8 text file, or - for standard input (the default)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("analyze", "Prints the linguistic analysis of one text: sentences, words with their tags and dependency tree, and named entities.")
        {
            format,
            input,
        };
        command.SetAction(parse =>
        {
            UnknownOptions.Reject(parse, input);
            return Run(parse.GetValue(input), parse.GetValue(format) == "json", console.In, console.Out, console.Error);
        });
        return command;
    }

    public static int Run(string? input, bool json, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var source = input is null or AttributeArguments.StandardInput ? InputSource.StandardInput : new InputSource(input, input);
        ArticleText article;
        try
        {
            // Read as the attribute command reads: once, within the attributor's limit, its encoding told.
            article = InputReader.Read(source, stdin, new ReadSettings(new AttributionOptions().MaxInputLength));
        }
        catch (InputException e)
        {
            stderr.WriteLine(ConsoleText.Line($"{CliApp.Name}: {e.Message}"));
            return ExitCodes.InputError;
        }

        if (article.Warning is not null)
        {
            stderr.WriteLine(ConsoleText.Line($"{CliApp.Name}: {article.Warning}"));
        }

        var analysis = LanguageModel.English.Analyze(article.Text);
        if (json)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, ReportJson.Options(indented: true)))
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
}
