using Analyzer.Core.PackTesting;
using Analyzer.Core.Rules;

namespace Analyzer.Tests.PackTesting;

/// <summary>Every scored criterion is taught by two examples that differ in one stated fact; the check holds the pack to it.</summary>
public sealed class TeachingPairCheckTests : IDisposable
{
    private static readonly RulePack Shipped = RulePackLoader.Load(Repo.Rules).Pack!;

    private readonly string _proposals = Directory.CreateTempSubdirectory("analyzer-pairs-").FullName;

    public void Dispose() => Directory.Delete(_proposals, recursive: true);

    [Fact]
    public void Run_ShippedPack_EveryScoredCriterionHasAPairThatFlips()
    {
        var report = TeachingPairCheck.Run(Shipped, Repo.Proposals);

        Assert.Empty(report.Problems);
        Assert.Equal(Shipped.Criteria.Count(c => c.IsScored), report.Scored);
        Assert.Equal(report.Scored, report.Holding);
    }

    [Fact]
    public void Run_ShippedPack_EveryPairNamesTwoDifferentShippedExamples()
    {
        foreach (var criterion in Shipped.Criteria.Where(c => c.IsScored))
        {
            var pair = criterion.TeachingPair!;
            Assert.NotEqual(pair.Meets, pair.Fails);
            Assert.NotNull(TeachingPairCheck.ExampleFile(Repo.Proposals, pair.Meets));
            Assert.NotNull(TeachingPairCheck.ExampleFile(Repo.Proposals, pair.Fails));
        }
    }

    [Fact]
    public void Run_ScoredCriterionWithoutPair_FailsNamingTheCriterionAndItsFile()
    {
        var pack = With("EF-08", null);

        var report = TeachingPairCheck.Run(pack, Repo.Proposals);

        var problem = Assert.Single(report.Problems);
        Assert.EndsWith("erman-furendal.json", problem.Path, StringComparison.Ordinal);
        Assert.StartsWith("EF-08: no teaching pair; add \"teachingPair\"", problem.Message, StringComparison.Ordinal);
        Assert.False(report.AllHold);
        Assert.Equal(report.Scored - 1, report.Holding);
    }

    [Fact]
    public void Run_ClassificationWithoutPair_IsNotAsked()
    {
        Assert.Null(Shipped.Find("EF-11")!.TeachingPair);

        Assert.True(TeachingPairCheck.Run(Shipped, Repo.Proposals).AllHold);
    }

    [Fact]
    public void Run_PairWhoseOutcomesDoNotFlip_FailsOnEachSide()
    {
        var pack = With("EF-08", new TeachingPair { Meets = "agency-revocable-b", Fails = "agency-revocable-a" });

        var report = TeachingPairCheck.Run(pack, Repo.Proposals);

        Assert.Equal(
            [
                "EF-08: teaching pair does not hold: 'agency-revocable-b' (meets) comes out not-met, not met.",
                "EF-08: teaching pair does not hold: 'agency-revocable-a' (fails) comes out met, not not-met.",
            ],
            report.Problems.Select(p => p.Message));
    }

    [Fact]
    public void Run_PairOfAnotherCriterion_FailsWhereItDoesNotFlipThisOne()
    {
        // agency-revocable differs only in who can revoke the mandate: both sides answer to parliament (EF-07 met).
        var pack = With("EF-07", new TeachingPair { Meets = "agency-revocable-a", Fails = "agency-revocable-b" });

        var problem = Assert.Single(TeachingPairCheck.Run(pack, Repo.Proposals).Problems);

        Assert.Equal("EF-07: teaching pair does not hold: 'agency-revocable-b' (fails) comes out met, not not-met.", problem.Message);
    }

    [Fact]
    public void Run_PairNamingAMissingExample_FailsSayingWhereItLooked()
    {
        var pack = With("EF-08", new TeachingPair { Meets = "agency-revocable-a", Fails = "agency-revocable-c" });

        var problem = Assert.Single(TeachingPairCheck.Run(pack, Repo.Proposals).Problems);

        Assert.Equal($"EF-08: teaching pair example 'agency-revocable-c' (fails) is not in {Repo.Proposals}; "
            + "looked for agency-revocable-c.yaml, agency-revocable-c.yml and agency-revocable-c.json.", problem.Message);
    }

    [Fact]
    public void Run_ExampleFileWhoseIdDiffers_FailsNamingBoth()
    {
        File.Copy(Path.Combine(Repo.Proposals, "agency-revocable-a.yaml"), Path.Combine(_proposals, "renamed-a.yaml"));
        File.Copy(Path.Combine(Repo.Proposals, "agency-revocable-b.yaml"), Path.Combine(_proposals, "agency-revocable-b.yaml"));
        var pack = With("EF-08", new TeachingPair { Meets = "renamed-a", Fails = "agency-revocable-b" });

        var report = TeachingPairCheck.Run(Only(pack, "EF-08"), _proposals);

        var problem = Assert.Single(report.Problems);
        Assert.Equal($"EF-08: teaching pair example {Path.Combine(_proposals, "renamed-a.yaml")} (meets) has id 'agency-revocable-a', not 'renamed-a'.", problem.Message);
    }

    [Fact]
    public void Run_UnreadableExample_FailsWithTheReadersReason()
    {
        File.WriteAllText(Path.Combine(_proposals, "broken-a.yaml"), "id: broken-a\n");
        File.Copy(Path.Combine(Repo.Proposals, "agency-revocable-b.yaml"), Path.Combine(_proposals, "agency-revocable-b.yaml"));
        var pack = With("EF-08", new TeachingPair { Meets = "broken-a", Fails = "agency-revocable-b" });

        var problem = Assert.Single(TeachingPairCheck.Run(Only(pack, "EF-08"), _proposals).Problems);

        Assert.Equal($"EF-08: teaching pair example {Path.Combine(_proposals, "broken-a.yaml")} (meets) cannot be assessed: 'title' is required.", problem.Message);
    }

    [Fact]
    public void ExampleFile_JsonExample_IsFoundByItsId()
    {
        File.WriteAllText(Path.Combine(_proposals, "tiny.json"), "{\"id\": \"tiny\", \"title\": \"A JSON example\"}");

        Assert.Equal(Path.Combine(_proposals, "tiny.json"), TeachingPairCheck.ExampleFile(_proposals, "tiny"));
    }

    [Fact]
    public void Run_NoProposalsFolder_OneProblemNotOnePerCriterion()
    {
        var missing = Path.Combine(_proposals, "absent");

        var report = TeachingPairCheck.Run(Shipped, missing);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(missing, problem.Path);
        Assert.Equal(0, report.Holding);
    }

    private static RulePack With(string id, TeachingPair? pair) =>
        Shipped with { Criteria = [.. Shipped.Criteria.Select(c => c.Id == id ? c with { TeachingPair = pair } : c)] };

    /// <summary>The pack cut down to one scored criterion, for a proposals folder that holds only its examples.</summary>
    private static RulePack Only(RulePack pack, string id) =>
        pack with { Criteria = [.. pack.Criteria.Where(c => c.Id == id || !c.IsScored)] };
}
