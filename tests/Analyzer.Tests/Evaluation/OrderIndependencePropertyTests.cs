using System.Globalization;
using Analyzer.Core;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Scoring;
using Analyzer.Tests.Proposals;
using FsCheck;
using FsCheck.Fluent;
using static Analyzer.Tests.Proposals.ProposalWriter;

namespace Analyzer.Tests.Evaluation;

/// <summary>
/// Outcomes do not depend on how a file is written (issue 8): for the shipped examples and for generated proposals,
/// keys in any order, entities in any order, decisions in any order, and YAML (block or flow) or JSON all give the same
/// outcome, label and score for every criterion of the shipped pack. The ids a finding names and the fields a question
/// asks for are the same too, but not always in the same order: entities in a finding are sorted by id whatever the
/// file's order, while decisions in a finding, and missing fields of list items (<c>entities[x].kind</c>,
/// <c>decisions[x].by</c>), follow the order in which the file lists them. So a reordering of entities is compared with
/// the missing fields sorted, and a reordering of decisions with both sorted.
/// CI runs a short pass; set ANALYZER_FUZZ_RUNS for a longer one.
/// </summary>
public sealed class OrderIndependencePropertyTests
{
    private static readonly int Runs = int.TryParse(Environment.GetEnvironmentVariable("ANALYZER_FUZZ_RUNS"), out var n) ? n : 200;

    private static readonly ProposalAssessor Assessor = new(ShippedCriteria.Pack);

    private static readonly (string Name, byte[] Bytes)[] Examples =
        [.. ProposalFinder.Find([Repo.Proposals]).Files.Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))];

    /// <summary>A shipped example as it is, or a generated proposal as first written, with a seed for the reorderings.</summary>
    private static Gen<(string Name, byte[] Bytes, int Seed)> Cases =>
        from source in Gen.OneOf(
            Gen.Elements(Examples),
            ProposalGen.Proposal.Select(p => (Name: "generated.yaml", Bytes: Write(p, Syntax.BlockYaml))))
        from seed in Gen.Choose(0, int.MaxValue)
        select (source.Name, source.Bytes, seed);

    [Fact]
    public void Assess_KeysInAnyOrderInEachSyntax_SameResultForEveryCriterion()
    {
        CheckAll(c =>
        {
            var original = Read(c.Name, c.Bytes);
            var expected = Lines(original);
            var tree = (Mapping)Shuffled(Tree(original.Proposal!), new Random(c.Seed));
            return Enum.GetValues<Syntax>().All(syntax =>
                Same(c.Name, $"keys shuffled, {syntax}", expected, Lines(Read(FileName(syntax), Write(tree, syntax)))));
        });
    }

    [Fact]
    public void Assess_EntitiesInAnyOrder_SameResultForEveryCriterionMissingFieldsInFileOrder()
    {
        CheckAll(c =>
        {
            var original = Read(c.Name, c.Bytes);
            var random = new Random(c.Seed);
            var shuffled = original.Proposal! with { Entities = original.Proposal!.Entities?.OrderBy(_ => random.Next()).ToArray() };
            return Same(c.Name, "entities shuffled", Lines(original, sortMissing: true), Lines(Read("written.yaml", Write(shuffled, Syntax.BlockYaml)), sortMissing: true));
        });
    }

    [Fact]
    public void Assess_DecisionsInAnyOrder_SameResultForEveryCriterionIdsListedInFileOrder()
    {
        CheckAll(c =>
        {
            var original = Read(c.Name, c.Bytes);
            var random = new Random(c.Seed);
            var shuffled = original.Proposal! with { Decisions = original.Proposal!.Decisions?.OrderBy(_ => random.Next()).ToArray() };
            return Same(c.Name, "decisions shuffled", Lines(original, sortDetail: true, sortMissing: true), Lines(Read("written.yaml", Write(shuffled, Syntax.BlockYaml)), sortDetail: true, sortMissing: true));
        });
    }

    private static void CheckAll(Func<(string Name, byte[] Bytes, int Seed), bool> property) =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Runs).WithQuietOnSuccess(true), Prop.ForAll(Cases.ToArbitrary(), property));

    private static ProposalFile Read(string name, byte[] bytes)
    {
        var file = ProposalReader.Read(name, bytes);
        return file.IsUsable ? file : throw new InvalidOperationException($"{name} unusable: {string.Join(" | ", file.Problems)}\n{System.Text.Encoding.UTF8.GetString(bytes)}");
    }

    /// <summary>
    /// One line per criterion (outcome, label, error, the ids its finding names, its missing fields), then the scores;
    /// the ids of the finding and the missing fields sorted when asked.
    /// </summary>
    private static string[] Lines(ProposalFile file, bool sortDetail = false, bool sortMissing = false)
    {
        var score = Assessor.Assess(file);
        return
        [
            .. score.Assessment.Results.Select(r =>
            $"{r.Criterion.Id} {Kebab.Name(r.Outcome)} label=[{r.Label}] error=[{r.Error}] " +
            $"detail=[{List((r.Detail ?? "").Split(", "), sortDetail)}] missing=[{List(r.MissingFields, sortMissing)}]"),
            Dimension("legitimacy", score.Legitimacy),
            Dimension("feasibility", score.Feasibility),
        ];
    }

    private static string List(IEnumerable<string> items, bool sort) => string.Join("; ", sort ? items.Order(StringComparer.Ordinal) : items);

    private static string Dimension(string name, DimensionScore d) =>
        string.Create(CultureInfo.InvariantCulture, $"{name} {d.Score:R} [{d.Low:R}-{d.High:R}] {d.Verdict}");

    private static bool Same(string name, string variant, string[] expected, string[] actual)
    {
        if (expected.SequenceEqual(actual))
        {
            return true;
        }
        var first = expected.Zip(actual).FirstOrDefault(p => p.First != p.Second);
        throw new InvalidOperationException($"{name}, {variant}:\nexpected {first.First}\nactual   {first.Second}\n({expected.Length} lines, {actual.Length} lines)");
    }
}
