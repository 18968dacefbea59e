using Analyzer.Cli;

namespace Analyzer.Tests.Cli;

public sealed class RulesCommandTests : IDisposable
{
    private readonly string _rules = Directory.CreateTempSubdirectory("analyzer-pack-").FullName;

    public RulesCommandTests()
    {
        foreach (var file in Directory.GetFiles(Repo.Rules, "*.json"))
        {
            File.Copy(file, Path.Combine(_rules, Path.GetFileName(file)));
        }
        Directory.CreateDirectory(Path.Combine(_rules, "fixtures"));
    }

    public void Dispose() => Directory.Delete(_rules, recursive: true);

    [Fact]
    public void Test_ShippedFixtures_AllPass()
    {
        var (code, stdout, stderr) = Run("rules", "test");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Matches("^[1-9][0-9]* passed, 0 failed$", stdout.Trim());
        Assert.Empty(stderr);
    }

    [Fact]
    public void Check_ShippedPack_EveryScoredCriterionCovered()
    {
        var (code, stdout, _) = Run("rules", "check");

        Assert.Contains("(100.0%)", stdout, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, code);
    }

    [Fact]
    public void Test_WrongExpectation_FailsNamingFixtureAndBasis()
    {
        Fixture("gdpr.yaml", "{what: ef_mode, is: mode-2, basis: \"E1\"}");

        var (code, stdout, stderr) = Run("rules", "test", "--rules", _rules, "--proposals", Repo.Proposals);

        Assert.Equal(ExitCodes.ThresholdCrossed, code);
        Assert.Equal("0 passed, 1 failed", stdout.Trim());
        Assert.Contains("FAIL ef_mode: expected 'mode-2', got 'mode-1' (E1)", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CriterionNeverNotMet_ReportsCoverageGap()
    {
        Fixture("gdpr.yaml", "{what: EF-13, is: met, basis: \"E1\"}");

        var (code, stdout, stderr) = Run("rules", "check", "--rules", _rules, "--proposals", Repo.Proposals);

        Assert.Equal(ExitCodes.ThresholdCrossed, code);
        Assert.Contains("warning: EF-13: never not-met in the fixtures", stderr, StringComparison.Ordinal);
        Assert.Contains("across 1 fixtures", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_FixtureWithoutBasis_IsAnError()
    {
        Fixture("gdpr.yaml", "{what: ef_mode, is: mode-1}");

        var (code, _, stderr) = Run("rules", "test", "--rules", _rules, "--proposals", Repo.Proposals);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("'what', 'is' and 'basis'", stderr, StringComparison.Ordinal);
    }

    private void Fixture(string proposal, string expectation) =>
        File.WriteAllText(Path.Combine(_rules, "fixtures", "case.yaml"), $"proposal: {proposal}\nexpect:\n  - {expectation}\n");

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => AnalyzerProcess.Run(args);
}
