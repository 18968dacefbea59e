using System.Text;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Tests.Cli;
using Analyzer.Tests.Evaluation;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Analyzer.Tests.Reporting;

public sealed class MarkdownReportTests
{
    private static readonly MarkdownPipeline GitHubLike = new MarkdownPipelineBuilder().UsePipeTables().Build();
    private static readonly string Walkthrough = InProcess.Path("proposals/walkthrough");

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Run_FormatMarkdown_WalkthroughReport(string lang)
    {
        var (code, stdout, _) = InProcess.Run("assess", Walkthrough, "--format", "markdown", "--lang", lang);

        Assert.Equal(0, code);
        Golden.AssertMatches(stdout, $"cli/assess-walkthrough.{lang}.md");
    }

    [Fact]
    public void Run_MdFile_SameReportAsStdoutWrittenWhole()
    {
        var target = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.md");
        try
        {
            var (code, stdout, stderr) = InProcess.Run("assess", Walkthrough, "--md", target, "--quiet");

            Assert.Equal(0, code);
            Assert.Equal("", stdout);
            Assert.Contains($"wrote {target}", stderr);
            Assert.Equal(InProcess.Run("assess", Walkthrough, "--format", "markdown").Stdout, File.ReadAllText(target, Encoding.UTF8).Replace(Repo.Root + "/", "", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(target);
        }
    }

    /// <summary>
    /// Parsed as GitHub would: one title, then per proposal a section whose parts come in a fixed order, a verdict
    /// table with both dimensions, and one numbered question per open question of the summary.
    /// </summary>
    [Theory]
    [InlineData(Language.En, new[] { "Verdicts", "Classifications", "Criteria not met", "Questions for the drafters", "What to change first" })]
    [InlineData(Language.Zh, new[] { "判定", "分类", "未满足的标准", "向起草者提出的问题", "优先修改" })]
    public void Section_ShippedExamples_StructureGitHubRenders(Language language, string[] parts)
    {
        var scores = Scores();
        var report = new MarkdownReport(ShippedCriteria.Pack, language);
        var document = Markdown.Parse(report.Header() + string.Concat(scores.Select(report.Section)), GitHubLike);

        var headings = document.Descendants<HeadingBlock>().ToList();
        Assert.Single(headings, h => h.Level == 1);
        Assert.Equal(scores.Count, headings.Count(h => h.Level == 2));
        foreach (var (score, section) in scores.Zip(Sections(document)))
        {
            Assert.Equal(parts, section.OfType<HeadingBlock>().Where(h => h.Level == 3).Select(h => Text(h).Split(" (")[0].Split("（")[0]));
            var verdicts = Assert.IsType<Table>(section.First(b => b is Table));
            Assert.Equal(3, verdicts.Count); // header, legitimacy, feasibility
            var questions = section.OfType<ListBlock>().Where(l => l.IsOrdered).Sum(l => l.Count);
            Assert.Equal(score.Questions, questions);
        }
    }

    [Fact]
    public void Section_Chinese_NoEnglishSentenceOfTheReport()
    {
        var report = new MarkdownReport(ShippedCriteria.Pack, Language.Zh);
        var text = report.Header() + string.Concat(Scores().Select(report.Section));

        foreach (var english in new[] { "Why it matters", "What to change", "Source:", "Questions for", "Verdicts", "out of 100", "Met:", "missing", "not stated", "Feasibility" })
        {
            Assert.DoesNotContain(english, text.Replace("Analyzer", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Section_TitleWithMarkdownAndHtml_RendersAsPlainText()
    {
        var file = ProposalReader.Read("x.yaml", Encoding.UTF8.GetBytes("id: x\ntitle: \"*bold* <script>alert(1)</script> | [link](http://x) `code` # h\"\n"));
        var score = new ProposalAssessor(ShippedCriteria.Pack).Assess(file);

        var section = new MarkdownReport(ShippedCriteria.Pack, Language.En).Section(score);
        var heading = Markdown.Parse(section, GitHubLike).Descendants<HeadingBlock>().First(h => h.Level == 2);

        Assert.All(heading.Inline!.Descendants<Inline>(), i => Assert.IsType<LiteralInline>(i));
        Assert.Equal("*bold* <script>alert(1)</script> | [link](http://x) `code` # h", Text(heading));
    }

    private static List<Core.Scoring.ProposalScore> Scores()
    {
        var (files, _) = ProposalFinder.Find([Repo.Proposals]);
        var assessor = new ProposalAssessor(ShippedCriteria.Pack);
        return [.. files.Select(new ProposalReader().Read).Select(assessor.Assess)];
    }

    /// <summary>The blocks under each level-2 heading, up to the next one.</summary>
    private static IEnumerable<List<Block>> Sections(MarkdownDocument document)
    {
        List<Block>? current = null;
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 })
            {
                if (current is not null)
                {
                    yield return current;
                }
                current = [];
            }
            else
            {
                current?.Add(block);
            }
        }
        if (current is not null)
        {
            yield return current;
        }
    }

    private static string Text(HeadingBlock heading) =>
        string.Concat(heading.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
