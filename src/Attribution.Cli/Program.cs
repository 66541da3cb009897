using System.Text;
using Attribution.Cli;

// The console's own encodings depend on the terminal and locale; articles are full of curly quotes and dashes,
// so both ends are pinned to UTF-8 without a byte-order mark.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdin = new StreamReader(Console.OpenStandardInput(), utf8);
using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8);

var exitCode = CliApp.Run(args, stdin, stdout, stderr, stderrIsTerminal: !Console.IsErrorRedirected);
try
{
    // Disposing flushes what is still buffered; a pipe closed by then throws here, outside CliApp's handling.
    stdout.Dispose();
}
catch (IOException e)
{
    stderr.WriteLine($"{CliApp.Name}: cannot write the output: {e.Message}");
    exitCode = ExitCodes.OutputClosed;
}

return exitCode;
