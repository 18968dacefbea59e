using System.Text;

namespace Analyzer.Tests.Cli;

public sealed class DiffCommandTests
{
    private static readonly string Draft1 = InProcess.Path("proposals/walkthrough/ai-incident-board-draft-1.yaml");
    private static readonly string Draft2 = InProcess.Path("proposals/walkthrough/ai-incident-board-draft-2.yaml");

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Run_WalkthroughDrafts_TableOfChangedCriteriaScoresAndClasses(string lang)
    {
        var (code, stdout, _) = InProcess.Run("diff", Draft1, Draft2, "--lang", lang);

        Assert.Equal(0, code);
        Golden.AssertMatches(stdout, $"cli/diff-walkthrough.{lang}.txt");
    }

    [Fact]
    public void Run_Out_WritesCsvWithEveryDimensionAndClassificationAndTheChangedCriteria()
    {
        var target = Path.Combine(Path.GetTempPath(), $"diff-{Guid.NewGuid():N}.csv");
        try
        {
            var (code, stdout, stderr) = InProcess.Run("diff", Draft1, Draft2, "--out", target, "--delimiter", ";");

            Assert.Equal(0, code);
            Assert.Equal("", stdout);
            Assert.Contains("wrote ", stderr);
            Golden.AssertMatches(File.ReadAllText(target, Encoding.UTF8), "cli/diff-walkthrough.csv");
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public void Run_FailOnRegression_ExitOneOnlyWhenTheLaterDraftIsWorse()
    {
        Assert.Equal(0, InProcess.Run("diff", Draft1, Draft2, "--fail-on-regression").Code);
        Assert.Equal(1, InProcess.Run("diff", Draft2, Draft1, "--fail-on-regression").Code);
        Assert.Equal(0, InProcess.Run("diff", Draft2, Draft1).Code); // worse, but no threshold was asked for
    }

    [Fact]
    public void Run_InvalidDraft_LocatedErrorExitTwo()
    {
        var (code, stdout, stderr) = InProcess.Run("diff", Draft1, Repo.TestData("hostile", "tab-indent.yaml"));

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("tab-indent.yaml:4:1: error: not valid YAML", stderr);
    }

    [Fact]
    public void Run_OutNamesADraft_RefusedAndTheDraftIsUntouched()
    {
        var before = File.ReadAllBytes(Draft2);

        var (code, _, stderr) = InProcess.Run("diff", Draft1, Draft2, "--out", Draft2);

        Assert.Equal(2, code);
        Assert.Contains("--out", stderr);
        Assert.Equal(before, File.ReadAllBytes(Draft2));
    }
}
