using Analyzer.Core.Diagnostics;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Pipeline;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Core.PackTesting;

/// <summary>
/// Every scored criterion is taught by a pair of example proposals that differ in one stated fact: the first must
/// come out met and the second not-met, read from the proposals folder and assessed by the pack itself. A pair that
/// no longer flips teaches the wrong lesson, so it fails the check as surely as a missing one.
/// </summary>
public static class TeachingPairCheck
{
    /// <summary>The extensions an example may have, in the order they are looked for.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".yaml", ".yml", ".json"];

    /// <summary>Checks every scored criterion's pair; one problem per criterion side that fails, located at its rule file.</summary>
    public static TeachingPairReport Run(RulePack pack, string proposalsDirectory)
    {
        var scored = pack.Criteria.Where(c => c.IsScored).ToList();
        if (scored.Count > 0 && !Directory.Exists(proposalsDirectory))
        {
            return new TeachingPairReport(scored.Count, 0, [Diagnostics.Problems.NoProposalsFolder(proposalsDirectory)]);
        }
        var examples = new Examples(pack, proposalsDirectory);
        var problems = new List<Diagnostic>();
        var holding = 0;
        foreach (var criterion in scored)
        {
            if (criterion.TeachingPair is not { } pair)
            {
                problems.Add(Diagnostics.Problems.NoTeachingPair(criterion.File, criterion.Id));
                continue;
            }
            var found = Side(criterion, pair.Meets, "meets", Outcome.Met, examples)
                .Concat(Side(criterion, pair.Fails, "fails", Outcome.NotMet, examples)).ToList();
            problems.AddRange(found);
            holding += found.Count == 0 ? 1 : 0;
        }
        return new TeachingPairReport(scored.Count, holding, problems);
    }

    /// <summary>
    /// The file of example <paramref name="id"/> in <paramref name="proposalsDirectory"/>: the shipped examples are
    /// named after their id, so <c>id.yaml</c> (or <c>.yml</c>, <c>.json</c>); null when there is none.
    /// </summary>
    public static string? ExampleFile(string proposalsDirectory, string id) =>
        Extensions.Select(e => Path.Combine(proposalsDirectory, id + e)).FirstOrDefault(File.Exists);

    private static IEnumerable<Diagnostic> Side(Criterion criterion, string id, string role, Outcome expected, Examples examples)
    {
        var example = examples.Get(id);
        if (example.Problem is { } problem)
        {
            yield return problem(criterion, role);
            yield break;
        }
        var outcome = example.Results!.FirstOrDefault(r => r.Criterion.Id == criterion.Id)?.Outcome ?? Outcome.Error;
        if (outcome != expected)
        {
            yield return Diagnostics.Problems.TeachingPairDoesNotHold(
                criterion.File, criterion.Id, id, role, Kebab.Name(expected), Kebab.Name(outcome));
        }
    }

    /// <summary>Each example read and assessed once, however many criteria it teaches.</summary>
    private sealed class Examples(RulePack pack, string folder)
    {
        private readonly ProposalReader _reader = new();
        private readonly ProposalAssessor _assessor = new(pack);
        private readonly Dictionary<string, Example> _seen = new(StringComparer.Ordinal);

        public Example Get(string id)
        {
            if (!_seen.TryGetValue(id, out var example))
            {
                example = Read(id);
                _seen[id] = example;
            }
            return example;
        }

        private Example Read(string id)
        {
            if (ExampleFile(folder, id) is not { } path)
            {
                return new Example(null, (c, role) => Diagnostics.Problems.TeachingExampleMissing(c.File, c.Id, id, role, folder));
            }
            var file = _reader.Read(path);
            if (!file.IsUsable)
            {
                var reason = file.Problems.FirstOrDefault(d => d.Severity == Severity.Error)?.Message ?? "";
                return new Example(null, (c, role) => Diagnostics.Problems.TeachingExampleUnusable(c.File, c.Id, path, role, reason));
            }
            if (file.Proposal!.Id is { } found && found != id)
            {
                return new Example(null, (c, role) => Diagnostics.Problems.TeachingExampleWrongId(c.File, c.Id, path, role, id, found));
            }
            return new Example(_assessor.Assess(file).Assessment.Results, null);
        }
    }

    /// <summary>An example's outcomes, or the problem to report for each criterion it was meant to teach.</summary>
    private sealed record Example(IReadOnlyList<CriterionResult>? Results, Func<Criterion, string, Diagnostic>? Problem);
}

/// <summary>How many scored criteria there are, how many have a pair that holds, and what is wrong with the rest.</summary>
public sealed record TeachingPairReport(int Scored, int Holding, IReadOnlyList<Diagnostic> Problems)
{
    public bool AllHold => Problems.Count == 0;
}
