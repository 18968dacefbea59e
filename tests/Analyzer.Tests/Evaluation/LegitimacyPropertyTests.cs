using System.Text.Json;
using System.Text.Json.Serialization;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;
using Xunit.Abstractions;

namespace Analyzer.Tests.Evaluation;

/// <summary>
/// Metamorphic properties of the Erman and Furendal judgement (criteria.md §6.3): each test changes every shipped
/// example in one way whose effect the spec fixes, and checks the effect, not a particular value. Classes are traced
/// through the chain, so taking away the democratic root can never leave a legitimate mode; AI use is read from the
/// decisions, so the declared direction cannot move EF-12..14; and facts that carry no meaning (order, file format)
/// change nothing.
/// </summary>
public sealed class LegitimacyPropertyTests(ITestOutputHelper output)
{
    private static readonly RulePack Pack = RulePackLoader.Load(Repo.Rules).Pack!;
    private static readonly Scorer Scorer = new(Pack);
    private static readonly ProposalValidator Validator = new();
    private static readonly string[] LegitimateModes = ["mode-1", "mode-2", "mode-3", "mode-4", "mode-5"];
    private static readonly string[] AiUseCriteria = ["EF-12", "EF-13", "EF-14"];

    // Verdicts ranked from best to worst. A banded verdict (strong, moderate, weak) ranks above 'undetermined': a band
    // is given only once every necessary criterion is established, while 'undetermined' says one is not, so the
    // proposal has not yet shown the minimum the bands presuppose. 'fails-necessary' is last: a necessary criterion is
    // known to fail, and no further information can repair that. Moving AI use up to the authorized entity may thus
    // turn strong into undetermined (the receiving entity's authorization unstated) or into fails-necessary, never back.
    private static readonly Verdict[] VerdictOrder = [Verdict.Strong, Verdict.Moderate, Verdict.Weak, Verdict.Undetermined, Verdict.FailsNecessary];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly IReadOnlyList<Proposal> Examples = ProposalFinder.Find([Repo.Proposals]).Files
        .Select(f => new ProposalReader().Read(f))
        .Select(f => f.IsUsable ? f.Proposal! : throw new InvalidOperationException($"{f.Path} does not read: {string.Join(" ", f.Problems)}"))
        .ToList();

    [Fact]
    public void Evaluate_AllAuthorizationWithdrawn_NoLegitimateModeAndScoreNeverRises()
    {
        var check = new Check("authorization withdrawn");
        foreach (var original in Examples.Where(p => p.Entities is { Length: > 0 }))
        {
            var variant = original with { Entities = [.. original.Entities!.Select(e => e with { Authorization = "none" })] };
            var (before, after) = check.Both(original, variant, relevant: original.Entities!.Any(e => e.Kind == "authorized"));
            if (after is null)
            {
                continue;
            }
            check.NoLegitimateMode(original, after);
            if (before.Legitimacy.Score is { } was && after.Legitimacy.Score is { } now && now > was)
            {
                check.Fail(original, $"legitimacy score rose {was} -> {now}");
            }
        }

        check.AssertHolds(output, minVariants: 80, minRelevant: 40);
    }

    [Fact]
    public void Evaluate_PublicRootsRedeclaredPrivate_NoLegitimateMode()
    {
        var check = new Check("private root");
        foreach (var original in Examples.Where(p => p.Entities?.Any(e => e.Kind == "public") == true))
        {
            var variant = original with
            {
                Entities = [.. original.Entities!.Select(e => e.Kind == "public" ? e with { Kind = "private" } : e)],
            };
            var (_, after) = check.Both(original, variant, relevant: original.Entities!.Any(e => e.Kind is "authorized" or "mandated"));
            if (after is not null)
            {
                check.NoLegitimateMode(original, after);
            }
        }

        check.AssertHolds(output, minVariants: 40, minRelevant: 40);
    }

    [Fact]
    public void Evaluate_DeclaredDirectionFlipped_AiUseCriteriaUnchanged()
    {
        var check = new Check("direction flipped");
        foreach (var original in Examples.Where(p => p.Direction is not null))
        {
            var flipped = original.Direction switch
            {
                "of-ai" => "by-ai",
                _ => "of-ai", // by-ai and both
            };
            var usesAi = original.Decisions?.Any(d => d.Ai is "support" or "decides") == true;
            var (before, after) = check.Both(original, original with { Direction = flipped }, relevant: usesAi);
            if (after is not null)
            {
                check.SameOutcomes(original, before, after, AiUseCriteria, $"{original.Direction} -> {flipped}");
            }
        }

        check.AssertHolds(output, minVariants: 80, minRelevant: 6);
    }

    [Fact]
    public void Evaluate_AiUseMovedFromMandatedToAuthorized_VerdictNeverImproves()
    {
        var check = new Check("AI use moved up the chain");
        foreach (var original in Examples)
        {
            var byId = (original.Entities ?? []).Where(e => e.Id is not null).ToDictionary(e => e.Id!, StringComparer.Ordinal);
            var decisions = original.Decisions ?? [];
            for (var i = 0; i < decisions.Length; i++)
            {
                var d = decisions[i];
                if (d.Ai is not ("support" or "decides") || d.By is null || !byId.TryGetValue(d.By, out var maker) || maker.Kind != "mandated")
                {
                    continue;
                }
                foreach (var mandator in (maker.MandatedBy ?? []).Where(m => byId.TryGetValue(m, out var e) && e.Kind == "authorized"))
                {
                    var moved = (Decision[])decisions.Clone();
                    moved[i] = d with { By = mandator };
                    var (before, after) = check.Both(original, original with { Decisions = moved }, relevant: true);
                    if (after is null)
                    {
                        continue;
                    }
                    var was = Array.IndexOf(VerdictOrder, before.Legitimacy.Verdict);
                    var now = Array.IndexOf(VerdictOrder, after.Legitimacy.Verdict);
                    Assert.True(was >= 0 && now >= 0, $"unknown verdict {before.Legitimacy.Verdict} or {after.Legitimacy.Verdict}");
                    if (now < was)
                    {
                        check.Fail(original, $"decision {d.Id} moved from {d.By} to {mandator}: legitimacy {before.Legitimacy.Verdict} -> {after.Legitimacy.Verdict}");
                    }
                }
            }
        }

        check.AssertHolds(output, minVariants: 5, minRelevant: 5);
    }

    [Fact]
    public void Evaluate_EntitiesAndDecisionsReversed_NoOutcomeChanges()
    {
        var check = new Check("entities and decisions reversed");
        foreach (var original in Examples)
        {
            var variant = original with
            {
                Entities = original.Entities is { } entities ? [.. Enumerable.Reverse(entities)] : null,
                Decisions = original.Decisions is { } decisions ? [.. Enumerable.Reverse(decisions)] : null,
            };
            var (before, after) = check.Both(original, variant, relevant: original.Entities?.Length > 1 || original.Decisions?.Length > 1);
            if (after is not null)
            {
                check.SameOutcomes(original, before, after, null, "reversed");
            }
        }

        check.AssertHolds(output, minVariants: 80, minRelevant: 80);
    }

    [Fact]
    public void Evaluate_SameProposalReadAsJson_NoOutcomeChanges()
    {
        var check = new Check("read back as JSON");
        foreach (var original in Examples)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(original, Json);
            var read = ProposalReader.Read($"{original.Id}.json", bytes);
            if (!read.IsUsable)
            {
                check.Fail(original, $"its JSON does not read back: {string.Join(" ", read.Problems)}");
                continue;
            }
            var (before, after) = check.Both(original, read.Proposal!, relevant: true);
            if (after is not null)
            {
                check.SameOutcomes(original, before, after, null, "as JSON");
            }
        }

        check.AssertHolds(output, minVariants: 80, minRelevant: 80);
    }

    private static ProposalScore Assess(Proposal proposal)
    {
        var facts = FactsBuilder.Build(proposal);
        var results = Pack.Criteria.Select(c => ProposalEvaluator.Evaluate(c, proposal, facts)).ToArray();
        return Scorer.Score(new Assessment { Proposal = proposal, Facts = facts, Results = results });
    }

    private static bool HasLegitimateMode(string? efMode) =>
        efMode is not null && efMode.Split('+').Any(part => LegitimateModes.Contains(part, StringComparer.Ordinal));

    /// <summary>Counts the variants a property was checked on and collects every violation, named by example.</summary>
    private sealed class Check(string property)
    {
        private readonly List<string> _violations = [];
        private int _variants;
        private int _relevant;

        /// <summary>Scores the original and the variant; null for the variant when it is not a valid proposal (a test bug, reported).</summary>
        public (ProposalScore Before, ProposalScore? After) Both(Proposal original, Proposal variant, bool relevant)
        {
            var before = Assess(original);
            var validation = Validator.Validate(variant);
            if (!validation.IsValid)
            {
                Fail(original, $"variant is not a valid proposal: {string.Join("; ", validation.Errors.Select(e => e.ErrorMessage))}");
                return (before, null);
            }
            _variants++;
            _relevant += relevant ? 1 : 0;
            return (before, Assess(variant));
        }

        public void NoLegitimateMode(Proposal original, ProposalScore after)
        {
            if (HasLegitimateMode(after.Assessment.Facts.EfMode))
            {
                Fail(original, $"ef_mode is still {after.Assessment.Facts.EfMode}");
            }
        }

        /// <summary>Every criterion's outcome (or only <paramref name="criteria"/>) and the EF mode are the same before and after.</summary>
        public void SameOutcomes(Proposal original, ProposalScore before, ProposalScore after, string[]? criteria, string change)
        {
            var was = before.Assessment.Results.ToDictionary(r => r.Criterion.Id, r => r.Outcome, StringComparer.Ordinal);
            foreach (var r in after.Assessment.Results.Where(r => criteria is null || criteria.Contains(r.Criterion.Id, StringComparer.Ordinal)))
            {
                if (was[r.Criterion.Id] != r.Outcome)
                {
                    Fail(original, $"{change}: {r.Criterion.Id} {was[r.Criterion.Id]} -> {r.Outcome}");
                }
            }
            if (criteria is null && before.Assessment.Facts.EfMode != after.Assessment.Facts.EfMode)
            {
                Fail(original, $"{change}: ef_mode {before.Assessment.Facts.EfMode ?? "not-stated"} -> {after.Assessment.Facts.EfMode ?? "not-stated"}");
            }
        }

        public void Fail(Proposal original, string what) => _violations.Add($"{original.Id}: {what}");

        /// <summary>
        /// Reports the counts, then fails on any violation, or when too few variants (or too few that the change can
        /// matter for) were checked for the property to mean anything.
        /// </summary>
        public void AssertHolds(ITestOutputHelper output, int minVariants, int minRelevant)
        {
            var summary = $"{property}: {_variants} variant(s) checked, {_relevant} where the change can matter, {_violations.Count} violation(s)";
            output.WriteLine(summary);
            Assert.True(_violations.Count == 0, $"{summary}\n{string.Join("\n", _violations.Take(400))}");
            Assert.True(_variants >= minVariants, $"{summary}; expected at least {minVariants} variants");
            Assert.True(_relevant >= minRelevant, $"{summary}; expected at least {minRelevant} where the change can matter");
        }
    }
}
