using System.Text;
using Analyzer.Cli;

namespace Analyzer.Tests.Cli;

public sealed class SensitivityCommandTests : IDisposable
{
    /// <summary>The papers' own examples: a batch whose scores spread over the bands on both dimensions.</summary>
    private static readonly string[] Examples =
    [
        .. new[]
        {
            "ai-crime-analysis", "coe-ai-convention", "eu-ai-act", "frontier-model-forum", "gdpr", "gpai", "iso-iec-standards",
            "nato-ai-strategy", "new-centralized-ai-agency", "private-soft-law", "strengthen-regime-complex", "un-security-council",
        }.Select(id => InProcess.Path($"proposals/{id}.yaml")),
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("analyzer-sensitivity-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Run_PapersExamples_SummaryOfTauCriteriaAndMovingProposals(string lang)
    {
        var (code, stdout, stderr) = InProcess.Run([.. Arguments("--samples", "300", "--seed", "7", "--lang", lang)]);

        Assert.Equal(ExitCodes.Success, code);
        Assert.EndsWith("assessed 12 proposal(s) against 73 criteria (rule pack 1.0.0); 0 file(s) skipped.\n", stderr, StringComparison.Ordinal);
        Golden.AssertMatches(stdout, $"cli/sensitivity-examples.{lang}.txt");
    }

    [Fact]
    public void Run_OutAndInfluence_CsvOfEveryProposalDimensionAndCriterion()
    {
        var (code, _, stderr) = InProcess.Run([.. Arguments("--samples", "300", "--seed", "7", "--out", Target("s.csv"), "--influence", Target("i.csv"))]);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("wrote ", stderr, StringComparison.Ordinal);
        // The paths in the rows are written as given (absolute here); the golden file has them from the repository root.
        Golden.AssertMatches(File.ReadAllText(Target("s.csv"), Encoding.UTF8).Replace(Repo.Root + "/", "", StringComparison.Ordinal), "cli/sensitivity-examples.csv");
        Golden.AssertMatches(File.ReadAllText(Target("i.csv"), Encoding.UTF8), "cli/sensitivity-examples-influence.csv");
    }

    [Fact]
    public void Run_OneJobOrFour_SameBytes()
    {
        var one = InProcess.Run([.. Arguments("--jobs", "1", "--out", Target("1.csv"), "--influence", Target("1i.csv"))]);
        var four = InProcess.Run([.. Arguments("--jobs", "4", "--out", Target("4.csv"), "--influence", Target("4i.csv"))]);

        Assert.Equal((0, one.Stdout), (four.Code, four.Stdout));
        Assert.Equal(File.ReadAllBytes(Target("1.csv")), File.ReadAllBytes(Target("4.csv")));
        Assert.Equal(File.ReadAllBytes(Target("1i.csv")), File.ReadAllBytes(Target("4i.csv")));
    }

    [Fact]
    public void Run_SpreadZero_NothingMovesAndTauIsOne()
    {
        var (code, stdout, _) = InProcess.Run([.. Arguments("--spread", "0", "--samples", "20")]);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("legitimacy   12      1.000       1.000", stdout, StringComparison.Ordinal);
        Assert.Contains("None: every ranked proposal keeps its rank", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--spread", "1", "error: --spread expects a number from 0 up to but not including 1, such as 0.25 (each weight is multiplied by 0.75 to 1.25); found '1'.")]
    [InlineData("--spread", "-0.1", "error: --spread expects a number from 0 up to but not including 1, such as 0.25 (each weight is multiplied by 0.75 to 1.25); found '-0.1'.")]
    [InlineData("--spread", "NaN", "error: --spread expects a number from 0 up to but not including 1, such as 0.25 (each weight is multiplied by 0.75 to 1.25); found 'NaN'.")]
    [InlineData("--spread", "25%", "error: --spread expects a number from 0 up to but not including 1, such as 0.25 (each weight is multiplied by 0.75 to 1.25); found '25%'.")]
    [InlineData("--samples", "0", "error: --samples expects a whole number from 1 to 10000; found '0'.")]
    [InlineData("--samples", "10001", "error: --samples expects a whole number from 1 to 10000; found '10001'.")]
    [InlineData("--seed", "-1", "error: --seed expects a whole number of at least 0; found '-1'.")]
    [InlineData("--lang", "fr", "error: --lang expects one of 'en', 'zh'; found 'fr'.")]
    public void Run_BadOption_SaysWhatWasExpectedAndExitsTwo(string option, string value, string expected)
    {
        var (code, stdout, stderr) = InProcess.Run([.. Arguments(option, value)]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.StartsWith(expected + "\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Help_ShowsWhatEachOptionTakes()
    {
        var (code, stdout, _) = InProcess.Run("sensitivity", "--help");

        Assert.Equal(ExitCodes.Success, code);
        Assert.All(["--spread <S>", "--samples <N>", "--seed <N>", "--out <FILE>", "--influence <FILE>", "--lang <en|zh>", "--jobs <N>", "--rules <DIR>"],
            e => Assert.Contains(e, stdout, StringComparison.Ordinal));
    }

    [Fact]
    public void Run_OutNamesAnInput_RefusedBeforeAnythingRuns()
    {
        var (code, stdout, stderr) = InProcess.Run([.. Arguments("--out", Examples[0])]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.Contains("--out names a proposal this run reads", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_NothingAssessed_SaysSoAndExitsTwo()
    {
        var (code, stdout, stderr) = InProcess.Run("sensitivity", Target("missing.yaml"));

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(stdout);
        Assert.EndsWith("error: no proposal was assessed, so there is nothing to rank; fix the files above or name others.\n", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AnInvalidFileAmongGoodOnes_AnalysesTheRestAndExitsTwo()
    {
        var (code, stdout, stderr) = InProcess.Run([.. Arguments("--samples", "20"), Repo.TestData("hostile", "tab-indent.yaml")]);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.StartsWith("Weight sensitivity of 12 proposal(s)", stdout, StringComparison.Ordinal);
        Assert.Contains("tab-indent.yaml:4:1: error: not valid YAML", stderr, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Arguments(params string[] options) => ["sensitivity", .. Examples, .. options];

    private string Target(string name) => Path.Combine(_dir, name);
}
