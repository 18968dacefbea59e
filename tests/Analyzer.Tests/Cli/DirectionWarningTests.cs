using Analyzer.Cli;

namespace Analyzer.Tests.Cli;

/// <summary>
/// criteria.md §6.3 step B: AI use is read from the decisions; a declared direction that contradicts them is reported
/// as a warning on stderr, never as an error, and never changes the exit code.
/// </summary>
public sealed class DirectionWarningTests
{
    [Fact]
    public void Run_DeclaredDirectionContradictsDecisions_WarnsAndExitsZero()
    {
        // direction-label-b says of-ai, yet its parliament drafts the act with AI support.
        var (code, stdout, stderr) = Assess("direction-label-b.yaml");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("direction-label-b", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(": error: ", stderr, StringComparison.Ordinal);
        Assert.Contains(DirectionWarnings(stderr), line => line.Contains("direction-label-b.yaml", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("gdpr.yaml")] // of-ai, no AI in any decision
    [InlineData("ai-crime-analysis.yaml")] // by-ai, AI support in the police authority's decisions
    public void Run_DeclaredDirectionMatchesDecisions_NoDirectionWarning(string file)
    {
        var (code, _, stderr) = Assess(file);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Empty(DirectionWarnings(stderr));
    }

    private static (int Code, string Stdout, string Stderr) Assess(string file) =>
        AnalyzerProcess.Run("assess", Path.Combine(Repo.Proposals, file), "--rules", Repo.Rules);

    private static List<string> DirectionWarnings(string stderr) => stderr.Split('\n')
        .Where(line => line.Contains(": warning: ", StringComparison.Ordinal) && line.Contains("direction", StringComparison.OrdinalIgnoreCase))
        .ToList();
}
