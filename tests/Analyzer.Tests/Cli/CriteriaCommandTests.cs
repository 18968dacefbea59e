using System.Text;

namespace Analyzer.Tests.Cli;

public sealed class CriteriaCommandTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Run_TableForOnePaper_CompactRowsPerCriterion(string lang)
    {
        var (code, stdout, stderr) = InProcess.Run("criteria", "--paper", "erman", "--lang", lang);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Golden.AssertMatches(stdout, $"cli/criteria-erman-furendal.{lang}.txt");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Run_CsvForOnePaper_EveryFieldOneRowPerCriterion(string lang)
    {
        var (code, stdout, _) = InProcess.Run("criteria", "--paper", "veale-matus-gorwa-2023", "--format", "csv", "--lang", lang);

        Assert.Equal(0, code);
        Assert.StartsWith("\uFEFFpaper,criterion_id,title,", stdout, StringComparison.Ordinal); // Excel reads the Chinese
        Golden.AssertMatches(stdout[1..], $"cli/criteria-veale-matus-gorwa.{lang}.csv"); // a golden file read back loses its mark
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Run_MarkdownForOnePaperAndDimension_HandoutWithSummaryAndExamples(string lang)
    {
        var (code, stdout, _) = InProcess.Run("criteria", "--paper", "HO", "--dimension", "legitimacy", "--format", "markdown", "--lang", lang);

        Assert.Equal(0, code);
        Golden.AssertMatches(stdout, $"cli/criteria-ho-legitimacy.{lang}.md");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Run_Markdown_TheWholeStudyGuide(string lang)
    {
        var (code, stdout, _) = InProcess.Run("criteria", "--format", "markdown", "--lang", lang);

        Assert.Equal(0, code);
        Assert.Equal(4, stdout.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.Equal(73, stdout.Split('\n').Count(l => l.StartsWith("### ", StringComparison.Ordinal)));
        Golden.AssertMatches(stdout, $"cli/criteria.{lang}.md");
    }

    [Fact]
    public void Run_CsvWithSemicolons_SameRowsOtherSeparator()
    {
        var comma = InProcess.Run("criteria", "--paper", "vmg", "--format", "csv").Stdout;
        var semicolon = InProcess.Run("criteria", "--paper", "vmg", "--format", "csv", "--delimiter", ";").Stdout;

        Assert.StartsWith("\uFEFFpaper;criterion_id;title;", semicolon, StringComparison.Ordinal);
        Assert.Equal(comma.Split('\n').Length, semicolon.Split('\n').Length);
    }

    [Fact]
    public void Run_UnknownPaper_ListsTheKeysExitTwo()
    {
        var (code, stdout, stderr) = InProcess.Run("criteria", "--paper", "floridi");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal("error: --paper 'floridi' names no paper of the rule pack; use one of erman-furendal-2024, ho-et-al-2023, "
            + "roberts-et-al-2024, veale-matus-gorwa-2023, or the start of one.\n", stderr);
    }

    [Fact]
    public void Run_UnknownDimension_UsageErrorExitTwo()
    {
        var (code, _, stderr) = InProcess.Run("criteria", "--dimension", "legality");

        Assert.Equal(2, code);
        Assert.Contains("legality", stderr, StringComparison.Ordinal);
        Assert.Contains("legitimacy", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PackWithoutFixtures_ListsTheCriteriaWithoutExamples()
    {
        using var pack = TempPack.Copy();
        Directory.Delete(Path.Combine(pack.Rules, "fixtures"), recursive: true);

        var (code, stdout, stderr) = InProcess.Run("criteria", "--rules", pack.Rules, "--paper", "ef", "--format", "markdown");

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("- **Met in**: none in the fixtures\n", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("- **Met in**: `", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_BrokenFixture_ReportedExitTwo()
    {
        using var pack = TempPack.Copy();
        File.WriteAllText(Path.Combine(pack.Rules, "fixtures", "broken.yaml"), "proposal: x.yaml\n", Encoding.UTF8);

        var (code, _, stderr) = InProcess.Run("criteria", "--rules", pack.Rules);

        Assert.Equal(2, code);
        Assert.Contains("broken.yaml: error: a fixture needs 'proposal' and 'expect' items", stderr, StringComparison.Ordinal);
    }
}
