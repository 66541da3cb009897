namespace Attribution.Tests.Cli;

public sealed class CliTextTests
{
    [Fact]
    public void Text_is_the_default_and_starts_each_file_with_a_header()
    {
        using var dir = new TempDirectory();
        var bridge = dir.Write("bridge.txt", Articles.Bridge);
        var harbour = dir.Write("harbour.txt", Articles.Harbour);

        var outcome = CliRunner.Run(bridge, harbour);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
        var headers = outcome.Stdout.Split('\n').Where(line => line.Length > 0 && !line.StartsWith(' ')).ToArray();
        Assert.Equal(2, headers.Length);
        Assert.StartsWith(bridge + ": ", headers[0], StringComparison.Ordinal);
        Assert.StartsWith(harbour + ": ", headers[1], StringComparison.Ordinal);
    }

    [Fact]
    public void People_name_the_kind_of_a_source_that_is_not_one_person()
    {
        var outcome = CliRunner.RunWithStdin("“The road is closed,” police said. “It reopens today,” a spokesperson for the council said.\n");

        Assert.Equal(0, outcome.ExitCode);
        var people = outcome.Stdout.Split('\n').SkipWhile(l => l != "  People:").Skip(1).Where(l => l.Length > 0).ToArray();
        Assert.Equal(["    police (organization)", "    spokesperson for the council"], people);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_prints_usage_and_exits_0(string option)
    {
        var outcome = CliRunner.Run(option);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("Usage:\n  attribution [<FILE|DIR|->...] [command] [options]\n", outcome.Stdout, StringComparison.Ordinal);
        foreach (var listed in new[] { "--format <text|json|jsonl|csv|html>", "--offsets <utf16|codepoints|utf8>", "--html", "--encoding <name>", "--stdin-jsonl", "--version" })
        {
            Assert.Contains("\n  " + listed, outcome.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes:\n  0 ", outcome.Stdout, StringComparison.Ordinal);
        Assert.Equal("", outcome.Stderr);
    }
}
