using System.Text;
using Attribution.Cli;

// The console's own encodings depend on the terminal and locale; articles are full of curly quotes and dashes,
// so both ends are pinned to UTF-8 without a byte-order mark.
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdin = new StreamReader(Console.OpenStandardInput(), utf8);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8);
using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };

return CliApp.Run(args, stdin, stdout, stderr);
