using System.CommandLine;
using System.Runtime.CompilerServices;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Attribution.Cli.CommandLine;

/// <summary>
/// System.CommandLine's help for every command, followed by the sections a reader of a command's help needs after
/// its options, such as examples and exit codes, which each command gives with <see cref="Add"/>.
/// </summary>
internal static class HelpSections
{
    private const int Width = 110;

    // The sections each command adds after its options; a command without any shows System.CommandLine's help alone.
    private static readonly ConditionalWeakTable<Command, string> Extra = [];

    /// <summary>Adds <paramref name="text"/> (examples, exit codes) after the options in <paramref name="command"/>'s help.</summary>
    public static void Add(Command command, string text) => Extra.AddOrUpdate(command, text);

    /// <summary>Gives <paramref name="root"/>'s help option, which its subcommands share, the extra sections.</summary>
    public static void Configure(RootCommand root)
    {
        foreach (var help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is HelpAction standard)
            {
                standard.MaxWidth = Width;
                help.Action = new WithSections(standard, root);
            }
        }
    }

    private sealed class WithSections(HelpAction standard, RootCommand root) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var isRoot = parseResult.CommandResult.Command == root;

            // A subcommand's usage would otherwise list the root's inputs, which it does not take.
            foreach (var argument in root.Arguments)
            {
                argument.Hidden = !isRoot;
            }

            var exitCode = standard.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            if (Extra.TryGetValue(parseResult.CommandResult.Command, out var text))
            {
                output.Write(text);
            }

            output.Flush();
            return exitCode;
        }
    }
}
