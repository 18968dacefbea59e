namespace Analyzer.Tests.Cli;

public sealed class ExplainCommandTests
{
    [Theory]
    [InlineData("EF-08", "en")]
    [InlineData("ef-08", "zh")]
    public void Run_CriterionWithATeachingPair_InDepthWithThePairSideBySide(string id, string lang)
    {
        var (code, stdout, stderr) = InProcess.Run("explain", id, "--lang", lang);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Golden.AssertMatches(stdout, $"cli/explain-ef-08.{lang}.txt");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Run_Classification_LabelExpressionAndClassesNoWeight(string lang)
    {
        var (code, stdout, _) = InProcess.Run("explain", "EF-11", "--lang", lang);

        Assert.Equal(0, code);
        Golden.AssertMatches(stdout, $"cli/explain-ef-11.{lang}.txt");
    }

    [Fact]
    public void Run_ConditionalRequirements_EachWithItsCondition()
    {
        var (code, stdout, _) = InProcess.Run("explain", "RH-05");

        Assert.Equal(0, code);
        Assert.Contains("\n  cooperation.linkedInstitutions (needed only when proposal.Cooperation.Pathway == \"hybrid\"): ", Unwrapped(stdout), StringComparison.Ordinal);
        Assert.Contains("\nWhen it applies\n  It applies to every proposal.\n", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "\nTeaching pair\n  No teaching pair is indexed for EF-08.\n")]
    [InlineData("zh", "\n教学对照案例\n  EF-08 尚未索引教学对照案例。\n")]
    public void Run_ScoredCriterionWithoutAPair_SaysSoPlainly(string lang, string expected)
    {
        using var pack = TempPack.Copy();
        pack.Edit("erman-furendal.json", json => json.Replace(
            ",\n        \"teachingPair\": {\n          \"meets\": \"agency-revocable-a\",\n          \"fails\": \"agency-revocable-b\"\n        }", "", StringComparison.Ordinal));

        var (code, stdout, stderr) = InProcess.Run("explain", "EF-08", "--rules", pack.Rules, "--lang", lang);

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.EndsWith(expected, stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PairNamesAMissingExample_LocatedErrorAndTheRestExplainedExitTwo()
    {
        using var pack = TempPack.Copy();
        pack.AddExamples("agency-revocable-a");

        var (code, stdout, stderr) = InProcess.Run("explain", "EF-08", "--rules", pack.Rules);

        Assert.Equal(2, code);
        Assert.Equal($"{pack.Proposals}: error: the teaching pair of EF-08 names 'agency-revocable-b', but there is no "
            + "agency-revocable-b.yaml, agency-revocable-b.yml or agency-revocable-b.json in this folder.\n", stderr);
        Assert.StartsWith("EF-08: The mandate can be revoked", stdout, StringComparison.Ordinal);
        Assert.EndsWith(" The teaching pair agency-revocable-a / agency-revocable-b could not be read (see the errors reported).\n",
            stdout.Replace("\n  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EF-99", "error: no criterion 'EF-99' in the rule pack; did you mean 'EF-09'?\n")]
    [InlineData("hoc2", "error: no criterion 'hoc2' in the rule pack; did you mean 'HO-C2'?\n")]
    [InlineData("legitimacy", "error: no criterion 'legitimacy' in the rule pack; 'analyzer criteria' lists them all.\n")]
    public void Run_UnknownCriterion_DidYouMeanExitTwo(string id, string expected)
    {
        var (code, stdout, stderr) = InProcess.Run("explain", id);

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal(expected, stderr);
    }

    [Fact]
    public void Run_MermaidForACriterion_UsageErrorExitTwo()
    {
        var (code, stdout, stderr) = InProcess.Run("explain", "EF-08", "--format", "mermaid");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("error: --format mermaid draws a proposal's authorization chain", stderr, StringComparison.Ordinal);
    }

    /// <summary>A file argument is explained as a proposal: the same output as the chain view's own golden files.</summary>
    [Theory]
    [InlineData("proposals/chain-b.yaml", "en", "text", "explain-chain-b.en.txt")]
    [InlineData("proposals/chain-b.yaml", "zh", "text", "explain-chain-b.zh.txt")]
    [InlineData("proposals/chain-b.yaml", "en", "mermaid", "explain-chain-b.mmd")]
    [InlineData("proposals/walkthrough/ai-incident-board-draft-1.yaml", "en", "text", "explain-ai-incident-board-draft-1.en.txt")]
    public void Run_ProposalFile_ExplainedThroughThePapers(string path, string lang, string format, string golden)
    {
        var (code, stdout, _) = InProcess.Run("explain", InProcess.Path(path), "--lang", lang, "--format", format);

        Assert.Equal(0, code);
        Golden.AssertMatches(stdout, $"cli/{golden}");
    }

    [Fact]
    public void Run_MissingProposalFile_LocatedErrorExitTwo()
    {
        var (code, stdout, stderr) = InProcess.Run("explain", "no-such-draft.yml");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("no-such-draft.yml", stderr);
    }

    /// <summary>The text with its wrapped paragraphs joined again: a continuation line is indented deeper than two spaces.</summary>
    private static string Unwrapped(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\n {4,}", " ");
}
