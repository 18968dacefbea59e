using Analyzer.Cli;
using Analyzer.Core.Rules;

namespace Analyzer.Tests.Cli;

/// <summary>
/// <c>explain &lt;proposal-file&gt;</c> through its entry point, as the <c>explain</c> command calls it: whole outputs against
/// golden files, in English and Chinese, as a text tree and as a Mermaid flowchart.
/// </summary>
public sealed class ExplainProposalTests
{
    private static readonly RulePack Pack = RulePackLoader.Load(Repo.Rules).Pack!;

    public static TheoryData<string, string> Examples => new()
    {
        { "proposals/chain-b.yaml", "chain-b" },
        { "proposals/walkthrough/ai-incident-board-draft-1.yaml", "ai-incident-board-draft-1" },
        { "proposals/ai-crime-analysis.yaml", "ai-crime-analysis" },
        { "proposals/sparse-draft.yaml", "sparse-draft" },
        { "proposals/eu-ai-act.yaml", "eu-ai-act" },
        { "tests/Analyzer.Tests/TestData/explain/tangled.yaml", "tangled" },
        { "tests/Analyzer.Tests/TestData/explain/hostile-names.yaml", "hostile-names" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Run_TextEnglish_ChainKeyAndClassifications(string path, string name)
    {
        var (code, stdout, _) = Explain(path, Language.En, "text");

        Assert.Equal(0, code);
        Golden.AssertMatches(stdout, $"cli/explain-{name}.en.txt");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Run_TextChinese_ChainKeyAndClassifications(string path, string name)
    {
        var (code, stdout, _) = Explain(path, Language.Zh, "text");

        Assert.Equal(0, code);
        Golden.AssertMatches(stdout, $"cli/explain-{name}.zh.txt");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Run_Mermaid_FlowchartOfTheSameChain(string path, string name)
    {
        var (code, stdout, _) = Explain(path, Language.En, "mermaid");

        Assert.Equal(0, code);
        Golden.AssertMatches(stdout, $"cli/explain-{name}.mmd");
    }

    [Fact]
    public void Run_MermaidChinese_LabelsInTheDigestsTerms()
    {
        var (code, stdout, _) = Explain("proposals/chain-b.yaml", Language.Zh, "mermaid");

        Assert.Equal(0, code);
        Golden.AssertMatches(stdout, "cli/explain-chain-b.zh.mmd");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Run_Mermaid_EveryEdgeNamesDeclaredNodesAndLabelsAreEscaped(string path, string name)
    {
        foreach (var language in new[] { Language.En, Language.Zh })
        {
            var (code, stdout, _) = Explain(path, language, "mermaid");

            Assert.Equal(0, code);
            var (nodes, _) = Explaining.MermaidStructure.Check(stdout);
            Assert.True(nodes > 0, name);
        }
    }

    [Fact]
    public void Run_EveryShippedProposal_ExplainedInBothLanguagesAndChartedCleanly()
    {
        var files = Directory.GetFiles(Repo.Proposals, "*.yaml", SearchOption.AllDirectories)
            .Where(f => !Core.Proposals.ProposalFinder.IsSpace(f)) // design spaces describe many proposals; sweep reads them
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count > 100);
        for (var i = 0; i < files.Count; i++)
        {
            // Each language in turn for the text, the other for the chart: every file in both formats, both languages in each.
            var relative = Path.GetRelativePath(Repo.Root, files[i]);
            var (textLanguage, chartLanguage) = i % 2 == 0 ? (Language.En, Language.Zh) : (Language.Zh, Language.En);
            var (textCode, text, _) = Explain(relative, textLanguage, "text");
            var (chartCode, chart, _) = Explain(relative, chartLanguage, "mermaid");

            Assert.Equal(0, textCode);
            Assert.Equal(0, chartCode);
            Assert.Contains(ExplainWordsHeading(textLanguage), text, StringComparison.Ordinal);
            Explaining.MermaidStructure.Check(chart);
        }
    }

    private static string ExplainWordsHeading(Language language) => Core.Explaining.ExplainWords.For(language).ClassificationHeading;

    [Fact]
    public void Run_HostileNamesAndIds_EscapedInPlaceAndNeverAnotherLine()
    {
        var (_, text, _) = Explain(Hostile, Language.En, "text");
        var (_, chart, _) = Explain(Hostile, Language.En, "mermaid");

        var lines = text.Split('\n');
        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n');
        Assert.DoesNotContain(lines, l => l.StartsWith("x.yaml", StringComparison.Ordinal) || l.StartsWith("forged", StringComparison.Ordinal));
        Assert.Contains("voters: public \"Voters \\\"of\\\" [the] land\\r\\n✗ EF-99 not met\"", lines);
        Assert.Contains("\\u001b", text, StringComparison.Ordinal);
        Assert.Contains("\\u202e", text, StringComparison.Ordinal);
        // The decision ids hold ']', quotes, ", " and a line break, and still get their own marks.
        Assert.Contains(lines, l => l.EndsWith("decision \"x]. \\\"y\\\", z\": lawmaking, AI supports", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith("decision \"d\\nforged\": policy, AI decides", StringComparison.Ordinal));
        Assert.DoesNotContain(chart, c => char.IsControl(c) && c != '\n');
        Assert.DoesNotContain("end[", chart, StringComparison.Ordinal); // the entity 'end' is node e1, never a keyword
        Explaining.MermaidStructure.Check(chart);
    }

    [Fact]
    public void Run_DirectionWarning_OnStderrAndStillExplained()
    {
        var (code, stdout, stderr) = Explain("proposals/walkthrough/ai-incident-board-draft-1.yaml", Language.En, "text");

        Assert.Equal(0, code);
        Assert.StartsWith("ai-incident-board-draft-1 ", stdout, StringComparison.Ordinal);
        Assert.Equal(
            "proposals/walkthrough/ai-incident-board-draft-1.yaml:14:12: warning: 'direction' is 'of-ai', but decision 'set-review-priorities' uses AI (ai: decides); "
            + "AI use is judged from the decisions, so the design is also judged as governance by AI.\n", stderr);
    }

    [Theory]
    [InlineData("unknown-key.yaml", "tests/Analyzer.Tests/TestData/proposals/unknown-key.yaml:")]
    [InlineData("cyclic-mandate.yaml", "tests/Analyzer.Tests/TestData/proposals/cyclic-mandate.yaml:")]
    public void Run_InvalidFile_LocatedErrorsExitTwo(string file, string location)
    {
        foreach (var format in ExplainProposal.Formats)
        {
            var (code, stdout, stderr) = Explain($"tests/Analyzer.Tests/TestData/proposals/{file}", Language.En, format);

            Assert.Equal(2, code);
            Assert.Equal("", stdout);
            Assert.StartsWith(location, stderr, StringComparison.Ordinal);
            Assert.Matches(@"^\S+:\d+:\d+: error: ", stderr);
        }
    }

    [Fact]
    public void Run_InvalidFile_SameErrorsAsValidate()
    {
        var path = "tests/Analyzer.Tests/TestData/proposals/unknown-key.yaml";
        var (_, _, stderr) = Explain(path, Language.Zh, "text");
        var validate = InProcess.Run("validate", InProcess.Path(path));

        Assert.Equal(validate.Stderr, stderr);
    }

    [Theory]
    [InlineData("proposals/no-such-file.yaml", "proposals/no-such-file.yaml: error: no such file or folder")]
    [InlineData("README.md", "README.md: error: a proposal must be a .yaml, .yml or .json file.")]
    [InlineData("proposals/walkthrough", "proposals/walkthrough: error: explain draws one proposal, and this names 2 files; name one of them.")]
    public void Run_NotOneProposalFile_ErrorExitTwo(string path, string error)
    {
        var (code, stdout, stderr) = Explain(path, Language.En, "text");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith(error, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnknownFormat_UsageErrorExitTwo()
    {
        var (code, stdout, stderr) = Explain("proposals/chain-b.yaml", Language.En, "svg");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Equal("error: --format expects text or mermaid; found 'svg'.\n", stderr);
    }

    [Fact]
    public void Run_ChainThousandsOfMandatesLong_DrawnWithoutOverflow()
    {
        const int Length = 2000;
        var folder = Directory.CreateTempSubdirectory("explain-");
        try
        {
            var yaml = new System.Text.StringBuilder("id: long-chain\ntitle: A long chain\nissuer: m0\nentities:\n  - {id: people, kind: public}\n");
            yaml.Append("  - {id: m0, kind: authorized, authorizedBy: people, authorization: election}\n");
            for (var i = 1; i < Length; i++)
            {
                yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - {{id: m{i}, kind: mandated, mandatedBy: [m{i - 1}]}}\n");
            }
            var path = Path.Combine(folder.FullName, "long-chain.yaml");
            File.WriteAllText(path, yaml.ToString());

            using var text = new StringWriter();
            using var chart = new StringWriter();
            Assert.Equal(0, ExplainProposal.Run(path, Pack, Language.En, "text", text, TextWriter.Null));
            Assert.Equal(0, ExplainProposal.Run(path, Pack, Language.En, "mermaid", chart, TextWriter.Null));

            Assert.Contains($"└─ m{Length - 1}: mandated", text.ToString(), StringComparison.Ordinal);
            Assert.Equal((Length + 1, Length), Explaining.MermaidStructure.Check(chart.ToString().Replace("\r\n", "\n", StringComparison.Ordinal)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private const string Hostile = "tests/Analyzer.Tests/TestData/explain/hostile-names.yaml";

    private static (int Code, string Stdout, string Stderr) Explain(string relative, Language language, string format)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var code = ExplainProposal.Run(InProcess.Path(relative), Pack, language, format, stdout, stderr);
        return (code, Relative(stdout.ToString()), Relative(stderr.ToString()));
    }

    private static string Relative(string text) => text.Replace(Repo.Root + "/", "", StringComparison.Ordinal);
}
