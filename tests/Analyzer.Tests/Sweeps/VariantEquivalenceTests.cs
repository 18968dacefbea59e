using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Reporting;
using Analyzer.Core.Rules;
using Analyzer.Core.Sweeps;
using Analyzer.Tests.Proposals;

namespace Analyzer.Tests.Sweeps;

/// <summary>
/// A variant built in memory by compiled edits assesses exactly as the same proposal written out as YAML and read
/// back by the reader: the same summary row and the same outcome, finding and remediation for every criterion.
/// </summary>
public sealed class VariantEquivalenceTests
{
    private static readonly RulePack Pack = RulePackLoader.Load(Repo.Rules).Pack!;

    public static TheoryData<string> Spaces() =>
    [
        "proposals/spaces/roberts-pathways-by-chain.space.yaml",
        "proposals/spaces/ho-models-by-membership.space.yaml",
        "tests/Analyzer.Tests/TestData/spaces/two-by-two.space.yaml",
        "tests/Analyzer.Tests/TestData/spaces/three-by-two.space.yaml",
    ];

    [Theory]
    [MemberData(nameof(Spaces))]
    public void Build_EveryVariant_AssessesAsTheSameProposalReadFromYaml(string space)
    {
        var (read, problems) = SpaceReader.Read(Path.Combine(Repo.Root, space), SummaryColumns.For(Pack));
        Assert.Empty(problems);
        var builder = new VariantBuilder(read!);
        var assessor = new ProposalAssessor(Pack);

        for (var i = 0L; i < read!.Count; i++)
        {
            var built = builder.Build(i);
            var written = ProposalWriter.Write(built.Proposal!, ProposalWriter.Syntax.BlockYaml);
            var fromYaml = ProposalReader.Read("variant.yaml", written);
            Assert.True(fromYaml.IsUsable, string.Join("\n", fromYaml.Problems));

            var (a, b) = (assessor.Assess(built), assessor.Assess(fromYaml with { Factors = built.Factors }));

            // The file column differs (the space file, the written file); every other cell is the same.
            Assert.Equal(Row(ReportRows.Summary(a, CsvDialect.Standard), built.Path), Row(ReportRows.Summary(b, CsvDialect.Standard), fromYaml.Path));
            Assert.Equal(Detail(a), Detail(b));
        }
    }

    private static string Row(string[] cells, string path) => string.Join('|', cells.Select(c => c == path ? "FILE" : c));

    /// <summary>Every cell of the detail rows but the file's path and hash.</summary>
    private static IEnumerable<string> Detail(Core.Scoring.ProposalScore score) =>
        ReportRows.Detail(score, Pack, Language.En).Select(r => string.Join('|', r.Where((_, i) => i != 1 && i != r.Length - 1)));
}
