using System.CommandLine;
using System.CommandLine.Parsing;

namespace Attribution.Cli.CommandLine;

/// <summary>
/// An argument that takes paths takes every word, so a mistyped option arrives as a path. A word that starts with a
/// dash before <c>--</c> is an option the command does not have; this says so, with the nearest it does have.
/// </summary>
internal static class UnknownOptions
{
    /// <exception cref="UsageException">A word taken by <paramref name="argument"/> looks like an option.</exception>
    public static void Reject(ParseResult parse, Argument argument)
    {
        var taken = parse.GetResult(argument)?.Tokens ?? [];
        foreach (var token in parse.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                return;
            }

            if (token.Type == TokenType.Argument && token.Value.Length > 1 && token.Value[0] == '-' && taken.Contains(token))
            {
                var command = parse.CommandResult.Command;
                var known = command.Options.Concat(parse.RootCommandResult.Command.Options.Where(o => o.Recursive))
                    .SelectMany(o => o.Aliases.Prepend(o.Name));
                var closest = Suggestions.Closest(token.Value, known);
                throw new UsageException($"unknown option '{token.Value}'" + (closest is null ? "" : $" (did you mean '{closest}'?)"))
                {
                    HelpCommand = command is RootCommand ? CliApp.Name : $"{CliApp.Name} {command.Name}",
                };
            }
        }
    }
}
