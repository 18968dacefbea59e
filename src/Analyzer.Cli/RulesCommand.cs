using System.CommandLine;
using System.Globalization;
using Analyzer.Core.PackTesting;
using Analyzer.Core.Rules;

namespace Analyzer.Cli;

/// <summary><c>analyzer rules check</c> lints the pack, its fixture coverage and its teaching pairs; <c>analyzer rules test</c> runs the fixtures.</summary>
public static class RulesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rules = PackOptions.Rules();
        var proposals = new Option<string?>("--proposals") { Description = "Where fixtures' proposals live (default: 'proposals' beside the rule pack).", HelpName = "DIR" };
        PackLocation Where(ParseResult parse) =>
            PackOptions.Locate(parse.GetValue(rules)) is var at && parse.GetValue(proposals) is { } p ? at with { Proposals = p } : at;

        var test = new Command("test", "Run the pack's fixtures (rules/fixtures/*.yaml) and print 'N passed, N failed'.") { rules, proposals };
        test.SetAction(parse => Test(Where(parse), stdout, stderr));
        var check = new Command("check", "Lint the pack: ids, citations, both languages, weights, allow-list, fixture coverage and teaching pairs.") { rules, proposals };
        check.SetAction(parse => Check(Where(parse), stdout, stderr));
        return new Command("rules", "Check and test the rule pack.") { check, test };
    }

    private static int Test(PackLocation at, TextWriter stdout, TextWriter stderr)
    {
        if (Load(at.Rules, stderr) is not var (pack, fixtures))
        {
            return ExitCodes.BadInput;
        }
        var runner = new FixtureRunner(pack, at.Proposals);
        var checks = fixtures.SelectMany(runner.Run).ToList();
        foreach (var failed in checks.Where(c => !c.Passed))
        {
            var derived = failed.Expected.Derived ? " [derived]" : "";
            stderr.WriteLine($"{failed.Fixture.Path}: FAIL {failed.Expected.What}: expected '{failed.Expected.Is}', got '{failed.Actual}' ({failed.Expected.Basis}){derived}");
        }
        var passed = checks.Count(c => c.Passed);
        stdout.WriteLine(Invariant($"{passed} passed, {checks.Count - passed} failed"));
        return passed == checks.Count ? ExitCodes.Success : ExitCodes.ThresholdCrossed;
    }

    private static int Check(PackLocation at, TextWriter stdout, TextWriter stderr)
    {
        if (Load(at.Rules, stderr) is not var (pack, fixtures))
        {
            return ExitCodes.BadInput;
        }
        var runner = new FixtureRunner(pack, at.Proposals);
        var scores = fixtures.Select(f => runner.Assess(f).Score).OfType<Core.Scoring.ProposalScore>().ToList();
        var uncovered = CoverageCheck.Uncovered(pack, scores);
        var scored = pack.Criteria.Count(c => c.IsScored);
        var perPaper = string.Join(", ", pack.Criteria.GroupBy(c => c.Paper).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Invariant($"{g.Key} {g.Count()}")));
        stdout.WriteLine(Invariant($"rule pack {pack.Version}: {pack.Criteria.Count} criteria ({perPaper}); ids, citations, en/zh texts, weights and expressions checked."));
        // Where the criteria were read stays out of the citations, so it is reported here.
        var tags = pack.Criteria.SelectMany(c => c.Evidence).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        stdout.WriteLine(Invariant($"provenance: {tags.GetValueOrDefault("DIG")} criteria read in the digest (DIG), {tags.GetValueOrDefault("ABS")} in abstracts (ABS), {tags.GetValueOrDefault("SEC")} in secondary sources (SEC), {tags.GetValueOrDefault("MEM")} recalled (MEM), {tags.GetValueOrDefault("INF")} resting partly on our inference (INF)."));
        foreach (var line in uncovered)
        {
            stderr.WriteLine($"{at.Rules}: warning: {line}");
        }
        var covered = scored - uncovered.Count;
        stdout.WriteLine(Invariant($"coverage: {covered} of {scored} scored criteria are both met and not-met across {fixtures.Count} fixtures ({100.0 * covered / Math.Max(1, scored):0.0}%)."));
        var pairsHold = TeachingPairs(pack, at.Proposals, stdout, stderr);
        return uncovered.Count == 0 && pairsHold ? ExitCodes.Success : ExitCodes.ThresholdCrossed;
    }

    /// <summary>Every scored criterion needs a teaching pair that flips it; one error line per criterion side that does not.</summary>
    private static bool TeachingPairs(RulePack pack, string proposals, TextWriter stdout, TextWriter stderr)
    {
        var report = TeachingPairCheck.Run(pack, proposals);
        foreach (var problem in report.Problems)
        {
            stderr.WriteLine(problem);
        }
        stdout.WriteLine(Invariant($"teaching pairs: {report.Holding} of {report.Scored} scored criteria have a pair of examples that flips them from met to not-met."));
        return report.AllHold;
    }

    private static (RulePack, IReadOnlyList<Fixture>)? Load(string rulesDir, TextWriter stderr)
    {
        var (pack, problems) = RulePackLoader.Load(rulesDir);
        var (fixtures, fixtureProblems) = FixtureLoader.Load(rulesDir);
        foreach (var problem in problems.Concat(fixtureProblems))
        {
            stderr.WriteLine(problem);
        }
        return pack is null || fixtureProblems.Count > 0 ? null : (pack, fixtures);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
