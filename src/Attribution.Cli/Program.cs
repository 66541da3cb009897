using System.Text;
using Attribution.Cli;
using Attribution.Cli.Input;
using Microsoft.Win32.SafeHandles;

// Standard input is read as bytes and decoded as files are (its encoding told, bad bytes warned about). The writers
// are pinned to UTF-8 without a byte-order mark: the console's own encodings depend on the terminal and locale, and
// articles are full of curly quotes and dashes. A stream closed before the tool started fails with the reason.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdin = StandardStreams.Input();
var stderr = new StreamWriter(StandardStreams.Error(), utf8) { AutoFlush = true };

// Standard output is written through a file stream on descriptor 1 rather than the console stream, which ignores a
// closed pipe: then `attribution DIR | head -1` would attribute every file before exiting. A file stream fails
// with EPIPE at the first write after the reader has gone, and the batch stops there.
var stdout = new StreamWriter(StandardStreams.Output(OpenStandardOutput), utf8, bufferSize: 16 * 1024);

var console = new CliConsole(stdin, stdout, stderr, InIsTerminal: !Console.IsInputRedirected, ErrorIsTerminal: !Console.IsErrorRedirected);
var exitCode = CliApp.Run(args, console);
try
{
    // Disposing flushes what is still buffered; a pipe closed by then throws here, outside CliApp's handling.
    stdout.Dispose();
}
catch (Exception e) when (CliApp.IsOutputFailure(e))
{
    exitCode = CliApp.OutputFailed(console, e);
}

try
{
    stderr.Dispose();
}
catch (Exception e) when (CliApp.IsOutputFailure(e))
{
    // Nothing is left to say it with; the exit code tells.
}

return exitCode;

// Only for a pipe, a socket or a terminal: a file stream keeps its own position in a regular file, and would write
// over what others sharing the file (a shell's `>>`, a log) wrote after it was opened. A file cannot close on the
// writer anyway.
static Stream OpenStandardOutput()
{
    if (OperatingSystem.IsWindows())
    {
        return Console.OpenStandardOutput();
    }

    var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 0);
    if (!stream.CanSeek)
    {
        return stream;
    }

    stream.Dispose();
    return Console.OpenStandardOutput();
}
