using System.Text;
using System.Text.Json;

namespace Attribution.Tests.Cli;

/// <summary>
/// Every input is read once and its encoding told from its bytes: a byte-order mark for UTF-8, UTF-16 or UTF-32,
/// else UTF-16 when its zero bytes show it, else UTF-8, with a warning for bytes that are not in it. Before, a file
/// that was not UTF-8 was opened a second time (a FIFO then hung, a process substitution gave an empty result with
/// exit 0), standard input got no warning at all, and UTF-16 without a mark was read as UTF-8 and silently gave
/// nothing.
/// </summary>
public sealed class CliEncodingTests
{
    private const string Article = "“Café is open,” Ms Doe said.\n";

    [Fact]
    public void Latin_1_through_a_FIFO_is_read_once_and_attributed_with_a_warning()
    {
        // The reproducer: the tool opened the FIFO again after the bad byte, and waited for a second writer.
        using var dir = new TempDirectory();
        var outcome = Shell.Run("""mkfifo f && { printf '\xe2\x80\x9cCaf\xe9 is open,\xe2\x80\x9d Ms Doe said.\n' > f & } && "$TOOL" --format jsonl f""", dir.Path);

        Assert.Equal(0, outcome.ExitCode);
        AssertCafeAttributed(outcome.Stdout, "f");
        Assert.Equal("attribution: warning: f: not valid UTF-8; 1 undecodable byte was replaced with U+FFFD (if it is in another encoding, name it: --encoding windows-1252)", outcome.Stderr.TrimEnd());
    }

    [Fact]
    public void Latin_1_through_a_process_substitution_is_attributed_not_lost()
    {
        using var dir = new TempDirectory();
        var outcome = Shell.Run("""exec "$TOOL" --format jsonl <(printf '\xe2\x80\x9cCaf\xe9 is open,\xe2\x80\x9d Ms Doe said.\n')""", dir.Path);

        Assert.Equal(0, outcome.ExitCode);
        AssertCafeAttributed(outcome.Stdout, null);
        Assert.Contains(": not valid UTF-8; 1 undecodable byte was replaced with U+FFFD (if it is in another encoding, name it: --encoding windows-1252)", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_UTF_8_on_standard_input_is_warned_about_as_in_a_file()
    {
        var bytes = Encoding.UTF8.GetBytes("“Caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.UTF8.GetBytes(" is open,” Ms Doe said.\n")).ToArray();

        var outcome = CliRunner.RunWithStdinBytes(bytes, "--format", "jsonl");

        Assert.Equal(0, outcome.ExitCode);
        AssertCafeAttributed(outcome.Stdout, "-");
        Assert.Equal("attribution: warning: -: not valid UTF-8; 1 undecodable byte was replaced with U+FFFD (if it is in another encoding, name it: --encoding windows-1252)", outcome.Stderr.TrimEnd());
    }

    public static TheoryData<string, byte[]> MarkedEncodings => new()
    {
        { "UTF-8", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Article)] },
        { "UTF-16LE", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Article)] },
        { "UTF-16BE", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Article)] },
        { "UTF-32LE", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Article)] },
        { "UTF-32BE", [.. new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetPreamble(), .. new UTF32Encoding(bigEndian: true, byteOrderMark: true).GetBytes(Article)] },
    };

    [Theory]
    [MemberData(nameof(MarkedEncodings))]
    public void A_byte_order_mark_chooses_the_encoding_and_offsets_count_from_after_it(string encoding, byte[] bytes)
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "a.txt");
        File.WriteAllBytes(path, bytes);

        foreach (var outcome in new[] { CliRunner.Run("--format", "jsonl", path), CliRunner.RunWithStdinBytes(bytes, "--format", "jsonl") })
        {
            Assert.True(outcome.ExitCode == 0, encoding);
            Assert.Equal("", outcome.Stderr);
            AssertCafeAttributed(outcome.Stdout, null);
        }
    }

    [Theory]
    [InlineData("UTF-16LE")]
    [InlineData("UTF-16BE")]
    public void UTF_16_without_a_byte_order_mark_is_recognised_and_read_with_a_warning(string encoding)
    {
        var bytes = (encoding == "UTF-16LE" ? Encoding.Unicode : Encoding.BigEndianUnicode).GetBytes(Article + "The café stays open all week.\n");
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "a.txt");
        File.WriteAllBytes(path, bytes);

        var fromFile = CliRunner.Run("--format", "jsonl", path);
        var fromStdin = CliRunner.RunWithStdinBytes(bytes, "--format", "jsonl");

        Assert.Equal(0, fromFile.ExitCode);
        AssertCafeAttributed(fromFile.Stdout, path);
        Assert.Equal($"attribution: warning: {path}: no byte-order mark; read as {encoding}, which its zero bytes showed", fromFile.Stderr.TrimEnd());
        AssertCafeAttributed(fromStdin.Stdout, "-");
        Assert.Equal($"attribution: warning: -: no byte-order mark; read as {encoding}, which its zero bytes showed", fromStdin.Stderr.TrimEnd());
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0 })]
    [InlineData(new byte[] { 0x41, 0, 0, 0, 0x42, 0, 0, 0 })]
    [InlineData(new byte[] { 0x41, 0x42, 0, 0x43, 0x44, 0 })]
    public void NULs_and_binary_stay_UTF_8_and_are_not_taken_for_UTF_16(byte[] bytes)
    {
        var outcome = CliRunner.RunWithStdinBytes(bytes, "--format", "jsonl");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
    }

    private static void AssertCafeAttributed(string stdout, string? file)
    {
        using var json = JsonDocument.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]);
        if (file is not null)
        {
            Assert.Equal(file, json.RootElement.GetProperty("file").GetString());
        }

        var quote = json.RootElement.GetProperty("quotes")[0];
        Assert.StartsWith("Caf", quote.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(" is open,", quote.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, quote.GetProperty("start").GetInt32());
        Assert.Equal("Doe", quote.GetProperty("speaker").GetProperty("name").GetString());
    }
}
