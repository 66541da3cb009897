namespace Attribution.Tests.Readme;

/// <summary>
/// Tests that change the process's console output or current directory, as the README's examples need: they run
/// alone, after every parallel test, so that no other test sees the change.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SharedProcessState
{
    public const string Name = "Console and current directory";
}
