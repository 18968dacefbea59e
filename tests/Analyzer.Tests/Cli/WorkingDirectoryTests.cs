namespace Analyzer.Tests.Cli;

/// <summary>CLI tests run from the repository root, as a user does; they share the process's working directory, so not in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkingDirectoryTests
{
    public const string Name = "working directory";
}
