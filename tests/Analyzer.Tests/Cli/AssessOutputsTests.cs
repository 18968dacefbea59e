using System.Text;

namespace Analyzer.Tests.Cli;

/// <summary>What <c>assess</c> shows beside the CSV files: the console table, the open questions and the Markdown report.</summary>
public sealed class AssessOutputsTests
{
    private static readonly string Walkthrough = InProcess.Path("proposals/walkthrough");

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Run_Questions_TableWithEachProposalsQuestionsUnderItsRow(string lang)
    {
        var (code, stdout, _) = InProcess.Run("assess", Walkthrough, "--questions", "--lang", lang);

        Assert.Equal(0, code);
        Golden.AssertMatches(stdout, $"cli/assess-walkthrough-questions.{lang}.txt");
    }

    /// <summary>
    /// The same golden reports as <c>AssessCommandTests</c>, from the command tree run in this process, so that a
    /// change anywhere in the engine (reading, facts, rules, scoring, writing) is caught by a test that runs where the
    /// code is measured, mutation testing included.
    /// </summary>
    [Fact]
    public void Run_ShippedExamplesInProcess_GoldenDetailAndSummary()
    {
        var folder = Directory.CreateTempSubdirectory("assess-golden-");
        try
        {
            var detail = Path.Combine(folder.FullName, "detail.csv");
            var summary = Path.Combine(folder.FullName, "summary.csv");

            var (code, _, stderr) = InProcess.Run("assess", InProcess.Path("proposals/"), "--out", detail, "--summary", summary, "--quiet");

            Assert.Equal(0, code);
            Assert.DoesNotContain("error:", stderr, StringComparison.Ordinal);
            Golden.AssertMatches(File.ReadAllText(detail).Replace(Repo.Root + "/", "", StringComparison.Ordinal), "examples-detail.csv");
            Golden.AssertMatches(File.ReadAllText(summary).Replace(Repo.Root + "/", "", StringComparison.Ordinal), "examples-summary.csv");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Run_WithCsvOutputs_TableStaysOnStdoutUnlessQuiet()
    {
        var folder = Directory.CreateTempSubdirectory("assess-outputs-");
        try
        {
            var detail = Path.Combine(folder.FullName, "detail.csv");
            var summary = Path.Combine(folder.FullName, "summary.csv");

            var shown = InProcess.Run("assess", Walkthrough, "--out", detail, "--summary", summary);
            var quiet = InProcess.Run("assess", Walkthrough, "--out", detail, "--summary", summary, "--quiet");

            Assert.Equal(InProcess.Run("assess", Walkthrough).Stdout, shown.Stdout);
            Assert.StartsWith("proposal ", shown.Stdout);
            Assert.Equal("", quiet.Stdout);
            Assert.True(File.Exists(detail) && File.Exists(summary));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Run_SemicolonDelimiter_SplitOnSemicolonsWithDecimalCommasAsCommaDecimalSpreadsheetsRead()
    {
        var folder = Directory.CreateTempSubdirectory("assess-delimiter-");
        try
        {
            var summary = Path.Combine(folder.FullName, "summary.csv");
            var detail = Path.Combine(folder.FullName, "detail.csv");

            var (code, _, _) = InProcess.Run("assess", InProcess.Path("proposals/gdpr.yaml"), "--summary", summary, "--out", detail, "--delimiter", ";", "--quiet");

            Assert.Equal(0, code);
            var lines = File.ReadAllLines(summary, Encoding.UTF8);
            Assert.StartsWith("proposal_id;file;title;legitimacy_score;", lines[0]);
            Assert.StartsWith("gdpr;proposals/gdpr.yaml;EU General Data Protection Regulation (GDPR);100,0;100,0;100,0;strong;63,9;", lines[1].Replace(Repo.Root + "/", "", StringComparison.Ordinal));
            Assert.StartsWith("proposal_id;file;criterion_id;", File.ReadLines(detail, Encoding.UTF8).First());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Run_BadDelimiter_BadUsage()
    {
        var (code, _, stderr) = InProcess.Run("assess", InProcess.Path("proposals/gdpr.yaml"), "--delimiter", "|");

        Assert.Equal(2, code);
        Assert.Contains("error: --delimiter expects one of ',', ';', 'tab'; found '|'.", stderr);
    }
}
